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
 * [-Dbench.db=postgres] [-Dbench.steps=5] [-Dbench.burst=200] [-Dbench.rate=2] [-Dbench.seconds=20]}.
 */
class StepOverheadBenchmark {

    private final int steps = Integer.getInteger("bench.steps", 5);
    private final int burst = Integer.getInteger("bench.burst", 200);
    private final int rate = Integer.getInteger("bench.rate", 2);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final String db = System.getProperty("bench.db", "h2");

    @Test
    void measure() throws Exception {
        String database = "yilian_bench_" + ProcessHandle.current().pid();
        if (db.equals("postgres")) postgres("CREATE DATABASE " + database);
        try (ConfigurableApplicationContext hub = start(database)) {
            ProcessEngine engine = hub.getBean(ProcessEngine.class);
            String tenant = ExampleConsortiumPeople.community(1);
            System.out.printf("%n== step overhead on %s: %d sequential no-op steps per instance, %d cores ==%n", db,
                    steps, Runtime.getRuntime().availableProcessors());
            try (EngineOnlyLoop ignored = new EngineOnlyLoop(engine.getExternalTaskService(), 8)) {
                run(engine, tenant, "engine_only", EngineOnlyLoop.TOPIC);
            }
            run(engine, tenant, "hub_worker", AgentStepWorker.TOPIC);
        } finally {
            if (db.equals("postgres")) postgres("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private void run(ProcessEngine engine, String tenant, String mode, String topic) throws InterruptedException {
        String run = "_" + Long.toString(System.currentTimeMillis(), 36); // fresh keys: history of no earlier run
        phase(engine, tenant, mode + "_warmup" + run, topic, 100, 0); // JIT, connection pool, caches
        Phase throughput = phase(engine, tenant, mode + "_burst" + run, topic, burst, 0);
        Phase paced = phase(engine, tenant, mode + "_paced" + run, topic, rate * seconds, rate);
        System.out.printf("%-12s burst  %4d instances: %7.1f steps/s, latency %s%n", mode, burst,
                throughput.stepsPerSecond(), throughput.latencies());
        System.out.printf("%-12s paced %3d inst/s: %7.1f steps/s, latency %s%n", mode, rate, paced.stepsPerSecond(),
                paced.latencies());
        System.out.printf("%-12s paced, steps 2..%d only: latency %s%n", mode, steps, paced.laterSteps());
    }

    private record Phase(double stepsPerSecond, StepLatencies latencies, StepLatencies laterSteps) {
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
        return new Phase(instances * steps / wallSeconds, StepLatencies.of(engine.getHistoryService(), key, false),
                StepLatencies.of(engine.getHistoryService(), key, true));
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
        return new SpringApplicationBuilder(YilianHub.class, NoOpStepAgents.class).run(args);
    }

    private static void postgres(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.createStatement().execute(sql);
        }
    }
}
