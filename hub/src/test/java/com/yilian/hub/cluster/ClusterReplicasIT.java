package com.yilian.hub.cluster;

import static com.yilian.hub.cluster.Interview.CLINICIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.yilian.agents.eval.DdxPatient;
import com.yilian.hub.outbox.OutboxTopics;
import com.yilian.hub.support.HubHttp;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.HubProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.FileSystemUtils;

/**
 * Cluster mode: two hub replicas (two processes of the built jar) on one PostgreSQL database, sharing the agent steps
 * through the engine's fetch-and-lock. Every test counts what went in (patient messages the hub acknowledged) and
 * what came out (interviewer steps, completed agent tasks, step-completed outbox events): nothing lost, nothing
 * doubled; at the end, every workflow event of the outbox is on Kafka (the replicas relay it in turn, by a lease).
 * The replica kill comes after the connection cuts, since it leaves one replica.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterReplicasIT {

    private final ClusterDatabase database = new ClusterDatabase();
    private final ModelEndpointDouble models = new ModelEndpointDouble();
    private final ExecutorService clients = Executors.newFixedThreadPool(10);
    private EmbeddedKafkaKraftBroker kafka;
    private HubProcess replicaA;
    private String relayHolderAtKill;
    private Path work;
    private final List<DdxPatient> longInterviews = new ArrayList<>();
    private HubProcess replicaB;

    @BeforeAll
    void startTwoReplicas() throws Exception {
        database.create();
        kafka = new EmbeddedKafkaKraftBroker(1, 3, OutboxTopics.WORKFLOW, OutboxTopics.AUDIT, OutboxTopics.USAGE);
        kafka.afterPropertiesSet();
        work = Files.createTempDirectory("yilian-cluster-it");
        // One after the other: the first creates the engine's and the hub's schema.
        replicaA = new HubProcess(work.resolve("a"), arguments("a")).start();
        replicaB = new HubProcess(work.resolve("b"), arguments("b")).start();
    }

    private List<String> arguments(String replica) {
        List<String> args = new ArrayList<>(database.hubArguments());
        args.addAll(models.hubArguments(replica));
        // A short lock, so a killed replica's step comes free within seconds (extended every 2 s while it runs).
        args.add("--yilian.worker.lock-duration=6s");
        args.add("--camunda.bpm.job-execution.lock-time-in-millis=10000");
        // Both relay the outbox to Kafka, one at a time (a lease the survivor takes over within 5 s).
        args.add("--yilian.kafka.bootstrap-servers=" + kafka.getBrokersAsString());
        args.add("--yilian.kafka.lease-duration=5s");
        return args;
    }

    @AfterAll
    void stopEverything() throws Exception {
        clients.shutdownNow();
        if (replicaA != null) replicaA.kill();
        if (replicaB != null) replicaB.kill();
        models.close();
        if (kafka != null) kafka.destroy();
        database.close();
        FileSystemUtils.deleteRecursively(work); // the replicas' data directories and logs
    }

    @Test
    @Order(1)
    void manyEncountersAtOnceOnTwoReplicasRunEveryStepExactlyOnce() throws Exception {
        long started = System.currentTimeMillis();
        List<Interview> interviews = Interview.patients(20).stream().map(Interview::new).toList();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < interviews.size(); i++) {
            Interview interview = interviews.get(i);
            HubHttp home = replica(i).http();
            HubHttp other = replica(i + 1).http();
            running.add(CompletableFuture.runAsync(() -> {
                interview.start(home, "many");
                for (int turn = 0; turn < 3; turn++) {
                    interview.answer(turn % 2 == 0 ? other : home); // replies are awaited on either replica
                }
            }, clients));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        StepCounts.assertEveryStepRanOnce(database, "two replicas, 20 encounters", interviews);
        interviews.stream().filter(i -> i.messages() == 3).limit(6).forEach(i -> longInterviews.add(i.patient()));
        List<String> workers = database.workersCompletingSince(started);
        System.out.println("[cluster] workers that completed steps: " + workers);
        assertThat(workers).as("both replicas' workers took steps").hasSize(2);
    }

    @Test
    @Order(2)
    void theHubsReconnectWhenTheDatabaseCutsTheirConnections() throws Exception {
        // Patients whose interviews went on for three answers above: the cuts meet their messages.
        List<DdxPatient> patients = longInterviews.isEmpty() ? Interview.patients(26).subList(20, 26) : longInterviews;
        List<Interview> interviews = patients.stream().map(Interview::new).toList();
        for (int i = 0; i < interviews.size(); i++) interviews.get(i).start(replica(i).http(), "cut");
        // Connections cut every 300 ms for 5 s while the interviews go on: the hubs' pools, the workers' fetch loops
        // and the relays meet dead connections at any point.
        CompletableFuture<Integer> cuts = CompletableFuture.supplyAsync(() -> {
            int terminated = 0;
            for (int i = 0; i < 17; i++) {
                try {
                    terminated += database.terminateHubConnections();
                    Thread.sleep(300);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return terminated;
        }, clients);
        List<CompletableFuture<Void>> during = new ArrayList<>();
        for (int i = 0; i < interviews.size(); i++) {
            Interview interview = interviews.get(i);
            HubHttp http = replica(i).http();
            during.add(CompletableFuture.runAsync(() -> {
                while (!cuts.isDone()) {
                    boolean ended = !interview.answer(http)
                            && !interview.settled(http).at("/interview/waitingForPatient").asBoolean();
                    if (ended) break; // the interview has left the patient (summary, red flag)
                }
            }, clients));
        }
        CompletableFuture.allOf(during.toArray(CompletableFuture[]::new)).join();
        System.out.println("[cluster] database connections terminated: " + cuts.join());
        long afterCuts = System.currentTimeMillis();
        for (HubProcess replica : List.of(replicaA, replicaB)) {
            Reply ready = await().atMost(Duration.ofSeconds(30)).until(
                    () -> replica.http().get("/actuator/health/readiness", HubHttp.Credential.none()),
                    r -> r.status() == 200);
            assertThat(ready.body()).contains("UP");
        }
        // New encounters on both replicas and answers on the other one: both workers' fetch loops still run.
        List<Interview> after = new ArrayList<>(interviews);
        for (int i = 0; i < 8; i++) {
            Interview interview = new Interview(Interview.patients(34).get(26 + i)).start(replica(i).http(), "after-cut");
            interview.answer(replica(i + 1).http());
            after.add(interview);
        }
        StepCounts.assertEveryStepRanOnce(database, "connections cut", after);
        System.out.println("[cluster] messages refused while connections were cut: "
                + interviews.stream().mapToInt(Interview::refusedMessages).sum());
        long fetchErrors = fetchErrors(replicaA) + fetchErrors(replicaB);
        System.out.println("[cluster] fetch-loop database errors survived: A " + fetchErrors(replicaA) + ", B "
                + fetchErrors(replicaB));
        assertThat(fetchErrors).as("the cuts reached the workers' fetch loops").isPositive();
        assertThat(database.workersCompletingSince(afterCuts)).as("both fetch loops survived").hasSize(2);
    }

    private static long fetchErrors(HubProcess replica) {
        return replica.logText().lines().filter(line -> line.contains("Agent worker could not fetch tasks")).count();
    }

    @Test
    @Order(3)
    void aReplicaKilledMidStepLeavesItsStepToTheOtherOnce() throws Exception {
        models.hold("a"); // replica A's model calls hang from now: its next step stays in flight
        List<Interview> tried = new ArrayList<>();
        String heldTask = null;
        for (Interview candidate : Interview.patients(50).subList(34, 50).stream().map(Interview::new).toList()) {
            tried.add(candidate);
            int before = models.heldCalls();
            candidate.start(replicaA.http(), "kill");
            heldTask = awaitHeldStep(candidate, before, CompletableFuture.completedFuture(null));
            // Replica B took the step instead: answer through A until A's worker takes one.
            for (int turn = 0; turn < 3 && heldTask == null; turn++) {
                var view = candidate.settled(replicaA.http());
                if (!view.at("/interview/waitingForPatient").asBoolean()) break;
                String text = candidate.messageFor(view);
                int heldBefore = models.heldCalls();
                CompletableFuture<Void> message = CompletableFuture.runAsync(() -> replicaA.http().postJson(
                        "/api/encounters/" + candidate.encounter() + "/messages", Map.of("text", text), CLINICIAN),
                        clients);
                candidate.countMessageSentElsewhere();
                heldTask = awaitHeldStep(candidate, heldBefore, message);
            }
            if (heldTask != null) break;
        }
        assertThat(heldTask).as("replica A took a step whose model call hangs").isNotNull();
        String task = heldTask.split("\\|")[0];
        String workerA = heldTask.split("\\|")[1];
        relayHolderAtKill = database.relayLeaseHolder();
        replicaA.kill();
        replicaA = null;
        System.out.println("[cluster] killed replica A (" + workerA + ") holding task " + task + " after "
                + tried.size() + " encounters tried");

        HubHttp b = replicaB.http();
        Interview interview = tried.get(tried.size() - 1);
        for (int turn = 0; turn < 2; turn++) interview.answer(b);
        interview.settled(b);
        StepCounts.assertEveryStepRanOnce(database, "replica killed", tried);
        List<String> completers = database.completersOf(task);
        System.out.println("[cluster] held task completed by " + completers + ", held model calls " + models.heldCalls());
        assertThat(completers).as("the killed replica's step, done once by the other").hasSize(1)
                .doesNotContain(workerA);
    }

    @Test
    @Order(4)
    void everyWorkflowEventReachesKafkaThroughTheConnectionCutsAndTheKill() throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> database.pendingOutboxEvents() == 0);
        List<String> written = database.outboxEventIds(OutboxTopics.WORKFLOW);
        List<String> relayed = KafkaTopicReader.eventIds(kafka.getBrokersAsString(), OutboxTopics.WORKFLOW,
                written.size());
        long repeats = relayed.size() - relayed.stream().distinct().count();
        System.out.printf("[cluster] workflow events: %d in the outbox, %d records on Kafka (%d distinct, %d repeats"
                        + " that consumers drop by event-id); relay lease held by %s at the kill, now by %s%n",
                written.size(), relayed.size(), relayed.size() - repeats, repeats, relayHolderAtKill,
                database.relayLeaseHolder());
        assertThat(new HashSet<>(relayed)).as("every outbox event on Kafka, nothing else")
                .isEqualTo(new HashSet<>(written));
    }

    /**
     * The locked task ("id|worker") once replica A's model call hangs; null when the step finished first (replica
     * B took it).
     */
    private String awaitHeldStep(Interview interview, int heldBefore, CompletableFuture<Void> request) throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(
                () -> models.heldCalls() > heldBefore || request.isDone() && interview.settledNow(replicaA.http()));
        if (models.heldCalls() == heldBefore) return null;
        List<String> locked = database.lockedTasks();
        assertThat(locked).as("one task locked while its model call hangs").hasSize(1);
        return locked.get(0);
    }

    private HubProcess replica(int i) {
        return i % 2 == 0 ? replicaA : replicaB;
    }
}
