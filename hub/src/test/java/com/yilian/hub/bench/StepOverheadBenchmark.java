package com.yilian.hub.bench;

import com.yilian.hub.YilianHub;
import com.yilian.hub.support.ExampleConsortiumPeople;
import com.yilian.hub.worker.AgentStepWorker;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub's own cost per agent step, model time excluded: a no-op agent on N sequential {@code yilian-agent} tasks,
 * against the same process served by the engine's own fetch/complete loop. Prints figures; asserts none. Not part
 * of the normal build (its name is not a test's); run it with
 * {@code bin/jdk ./mvnw -B -ntp -pl hub -am test -Dtest=StepOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbench.db=postgres] [-Dbench.steps=5] [-Dbench.burst=200] [-Dbench.rate=2] [-Dbench.seconds=60]
 * [-Dbench.baseline-topic=agent|own]}.
 */
class StepOverheadBenchmark {

    private final int steps = Integer.getInteger("bench.steps", 5);
    private final int burst = Integer.getInteger("bench.burst", 200);
    private final int rate = Integer.getInteger("bench.rate", 2);
    private final int seconds = Integer.getInteger("bench.seconds", 60);
    private final String db = System.getProperty("bench.db", "h2");
    /** agent: the baseline serves the agents' own topic while the worker is stopped; own: a topic of its own. */
    private final String baselineTopic = System.getProperty("bench.baseline-topic", "agent");

    @Test
    void measure() throws Exception {
        String database = "yilian_bench_" + ProcessHandle.current().pid();
        if (db.equals("postgres")) postgres("CREATE DATABASE " + database);
        try (ConfigurableApplicationContext hub = start(database)) {
            ProcessEngine engine = hub.getBean(ProcessEngine.class);
            String tenant = ExampleConsortiumPeople.community(1);
            System.out.printf("%n== step overhead on %s: %d sequential no-op steps per instance, %d cores ==%n", db,
                    steps, Runtime.getRuntime().availableProcessors());
            AgentStepWorker worker = hub.getBean(AgentStepWorker.class);
            boolean sameTopic = baselineTopic.equals("agent");
            String topic = sameTopic ? AgentStepWorker.TOPIC : EngineOnlyLoop.TOPIC;
            System.out.printf("baseline on topic %s%s; load average %s%n", topic,
                    sameTopic ? " (worker stopped meanwhile; both pay the hub's own listeners)" : "",
                    loadAverage());
            if (sameTopic) worker.stop();
            try (EngineOnlyLoop ignored = new EngineOnlyLoop(engine.getExternalTaskService(), topic, 8)) {
                run(engine, tenant, "engine_only", topic);
            }
            worker.start();
            run(engine, tenant, "hub_worker", AgentStepWorker.TOPIC);
            System.out.printf("load average at the end %s%n", loadAverage());
        } finally {
            if (db.equals("postgres")) postgres("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private void run(ProcessEngine engine, String tenant, String mode, String topic) throws InterruptedException {
        String run = "_" + Long.toString(System.currentTimeMillis(), 36); // fresh keys: history of no earlier run
        phase(engine, tenant, mode + "_warmup" + run, topic, 100, 0); // JIT, connection pool, caches
        Phase throughput = phase(engine, tenant, mode + "_burst" + run, topic, burst, 0);
        Map<String, Long> before = SqlCounter.snapshot();
        Phase paced = phase(engine, tenant, mode + "_paced" + run, topic, rate * seconds, rate);
        Map<String, Long> after = SqlCounter.snapshot();
        System.out.printf("%-12s burst  %4d instances: %7.1f steps/s, latency %s%n", mode, burst,
                throughput.stepsPerSecond(), throughput.latencies());
        System.out.printf("%-12s paced %3d inst/s: %7.1f steps/s, latency %s%n", mode, rate, paced.stepsPerSecond(),
                paced.latencies());
        System.out.printf("%-12s paced, first steps only: latency %s%n", mode, paced.firstSteps());
        System.out.printf("%-12s paced, steps 2..%d only: latency %s%n", mode, steps, paced.laterSteps());
        printSql(mode, before, after, rate * seconds * steps);
    }

    private record Phase(double stepsPerSecond, StepLatencies latencies, StepLatencies firstSteps,
                         StepLatencies laterSteps) {
    }

    /** Starts the instances (all at once, or {@code perSecond} each second) and waits until every one has ended. */
    private Phase phase(ProcessEngine engine, String tenant, String key, String topic, int instances, int perSecond)
            throws InterruptedException {
        engine.getRepositoryService().createDeployment().tenantId(tenant)
                .addModelInstance(key + ".bpmn", process(key, topic)).deploy();
        long started = System.nanoTime();
        if (perSecond == 0) {
            for (int i = 0; i < instances; i++) start(engine, tenant, key, i);
        } else {
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            long periodMicros = 1_000_000L / perSecond;
            AtomicInteger next = new AtomicInteger();
            pacer.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i < instances) start(engine, tenant, key, i);
            }, 0, periodMicros, TimeUnit.MICROSECONDS);
            while (next.get() < instances) Thread.sleep(50);
            pacer.shutdown();
        }
        while (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).finished()
                .count() < instances) {
            Thread.sleep(20);
        }
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        HistoryService history = engine.getHistoryService();
        return new Phase(instances * steps / wallSeconds, StepLatencies.of(history, key, StepLatencies.Steps.ALL),
                StepLatencies.of(history, key, StepLatencies.Steps.FIRST),
                StepLatencies.of(history, key, StepLatencies.Steps.LATER));
    }

    private static void start(ProcessEngine engine, String tenant, String key, int i) {
        engine.getRuntimeService().createProcessInstanceByKey(key).processDefinitionTenantId(tenant)
                .businessKey(key + "-" + i).execute();
    }

    private BpmnModelInstance process(String key, String topic) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent();
        for (int s = 1; s <= steps; s++) {
            flow = flow.serviceTask("step" + s).camundaExternalTask(topic)
                    .camundaInputParameter("agent", NoOpStepAgents.AGENT)
                    .camundaInputParameter("resultVariable", "result" + s);
        }
        return flow.endEvent().done();
    }

    private ConfigurableApplicationContext start(String database) throws Exception {
        Map<String, Object> properties = new HashMap<>();
        properties.put("yilian.data-dir", Files.createTempDirectory("yilian-bench").toString());
        properties.put("server.port", "0");
        properties.put("yilian.scheduler.port", "0");
        properties.put("yilian.reload-interval", "1h");
        properties.put("logging.level.root", "WARN");
        if (db.equals("postgres")) {
            properties.put("spring.profiles.active", "postgres");
            properties.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/" + database);
            properties.put("spring.datasource.username", "postgres");
        }
        // As arguments, not default properties: the data directory is read before defaults apply.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(YilianHub.class, NoOpStepAgents.class, SqlCounter.class).run(args);
    }

    /** SQL per step in the paced phase (process starts and the benchmark's own history queries included). */
    private static void printSql(String mode, Map<String, Long> before, Map<String, Long> after, int stepCount) {
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long n = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (!e.getKey().equals("(commit)")) total += n;
            if (n > 0) line.append(String.format(" %s=%.2f", e.getKey(), (double) n / stepCount));
        }
        System.out.printf("%-12s paced, SQL per step: %.2f statements;%s%n", mode, (double) total / stepCount, line);
    }

    private static String loadAverage() {
        try {
            return Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void postgres(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.createStatement().execute(sql);
        }
    }
}
