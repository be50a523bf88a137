package com.yilian.hub.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.yilian.agents.step.StepAgents;
import com.yilian.agents.step.StepResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A task created and committed in this hub wakes the idle worker at once; tasks no signal announces (another
 * replica's, a retry whose back-off runs out) are still found by polling. The waking test gives the idle loop a 30 s
 * pause, so only the signal can finish its steps within the 5 s allowed (a bound on behaviour, not on speed).
 */
class AgentTaskWakeUpTest {

    private static final Duration LONG_SLEEP = Duration.ofSeconds(30);
    private static final Duration WOKEN_WITHIN = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DB = "jdbc:h2:mem:agent-wakeup-test;DB_CLOSE_DELAY=-1";
    /** The running worker's signal; each test's worker has its own, so no test inherits another's wake-up. */
    private static volatile WorkSignal signal = new WorkSignal();
    private static ProcessEngine engine;
    private static ProcessEngine otherReplica;
    private AgentStepWorker worker;

    @BeforeAll
    static void engines() {
        ProcessEngineConfigurationImpl config = configuration("agent-wakeup-test");
        config.getProcessEnginePlugins().add(new AgentTaskWakeUpPlugin(() -> signal.raise()));
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("two-steps.bpmn", model()).deploy();
        // A second hub on the same database whose plugin signals its own worker, not this one.
        ProcessEngineConfigurationImpl other = configuration("agent-wakeup-other-replica");
        other.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        other.getProcessEnginePlugins().add(new AgentTaskWakeUpPlugin(() -> { }));
        otherReplica = other.buildProcessEngine();
    }

    @AfterAll
    static void closeEngines() {
        otherReplica.close();
        engine.close();
    }

    @AfterEach
    void stopWorker() {
        if (worker != null) {
            worker.stop();
        }
    }

    @Test
    void aTaskCreatedInThisHubEndsTheIdleWaitAtOnce() {
        ScriptedAgent agent = echoingAgent();
        AtomicInteger emptyFetches = new AtomicInteger();
        worker = start(countingEmptyFetches(emptyFetches), agent, 0, LONG_SLEEP, LONG_SLEEP);
        // Start only once the loop has found nothing and gone to sleep, so that its first fetch cannot find the task.
        await().atMost(PATIENCE).until(() -> emptyFetches.get() >= 1);

        long started = System.nanoTime();
        ProcessInstance instance = startProcess(engine, "enc-woken");

        await().atMost(WOKEN_WITHIN).until(() -> atTask(instance, "Task_Review"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WOKEN_WITHIN);
        assertThat(agent.requests).hasSize(2);
        assertThat(agent.requests.get(1).input("first").get("step").asText())
                .as("the second step reads the first step's JSON result by name").isEqualTo("Task_First");
    }

    @Test
    void aTaskCreatedByAnotherReplicaIsFoundByPolling() {
        ScriptedAgent agent = echoingAgent();
        worker = start(engine.getExternalTaskService(), agent, 0, Duration.ofMillis(50), Duration.ofMillis(300));
        ProcessInstance instance = startProcess(otherReplica, "enc-other-replica");

        await().atMost(PATIENCE).until(() -> atTask(instance, "Task_Review"));
        assertThat(agent.requests).hasSize(2);
    }

    @Test
    void aRetryIsFoundByPollingOnceItsBackOffRunsOut() {
        AtomicInteger calls = new AtomicInteger();
        ScriptedAgent agent = new ScriptedAgent("test-agent", request -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("model pool answered 503");
            }
            return StepResult.done(JsonNodeFactory.instance.objectNode(), Map.of(), null);
        });
        worker = start(engine.getExternalTaskService(), agent, 3, Duration.ofMillis(50), Duration.ofMillis(300));
        ProcessInstance instance = startProcess(engine, "enc-retry");

        await().atMost(PATIENCE).until(() -> atTask(instance, "Task_Review"));
        assertThat(agent.requests).as("the first step twice, then the second step").hasSize(3);
    }

    private static ScriptedAgent echoingAgent() {
        return new ScriptedAgent("test-agent", request -> StepResult.done(
                JsonNodeFactory.instance.objectNode().put("step", request.inputs().has("first") ? "Task_Second"
                        : "Task_First"), Map.of(), null));
    }

    private AgentStepWorker start(ExternalTaskService tasks, ScriptedAgent agent, int retries, Duration firstIdle,
                                  Duration maxIdle) {
        WorkerProperties settings = new WorkerProperties(true, 4, Duration.ofSeconds(30), retries,
                Duration.ofMillis(500), maxIdle);
        signal = new WorkSignal();
        AgentStepWorker started = new AgentStepWorker(tasks, engine.getRuntimeService(),
                new StepAgents(List.of(agent)), settings, new WorkerMetrics(new SimpleMeterRegistry()), "test-worker",
                signal, firstIdle);
        started.start();
        return started;
    }

    /** The engine's external task service, counting the fetches that came back empty. */
    private static ExternalTaskService countingEmptyFetches(AtomicInteger empty) {
        ExternalTaskService real = engine.getExternalTaskService();
        return (ExternalTaskService) Proxy.newProxyInstance(AgentTaskWakeUpTest.class.getClassLoader(),
                new Class<?>[] {ExternalTaskService.class}, (proxy, method, args) -> {
                    Object result = invoke(method, real, args);
                    return result instanceof ExternalTaskQueryBuilder builder ? counting(builder, empty) : result;
                });
    }

    private static Object counting(ExternalTaskQueryBuilder builder, AtomicInteger empty) {
        return Proxy.newProxyInstance(AgentTaskWakeUpTest.class.getClassLoader(),
                new Class<?>[] {ExternalTaskQueryTopicBuilder.class}, (proxy, method, args) -> {
                    Object result = invoke(method, builder, args);
                    if (result instanceof ExternalTaskQueryBuilder next) {
                        return counting(next, empty);
                    }
                    if (method.getName().equals("execute") && result instanceof List<?> list && list.isEmpty()) {
                        empty.incrementAndGet();
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static ProcessEngineConfigurationImpl configuration(String name) {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl(DB).setProcessEngineName(name).setJobExecutorActivate(false);
        config.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        config.setTenantIdProvider(new OneHospital());
        return config;
    }

    private static ProcessInstance startProcess(ProcessEngine on, String encounterId) {
        return on.getRuntimeService().createProcessInstanceByKey("two-steps").businessKey(encounterId)
                .processDefinitionWithoutTenantId().execute();
    }

    private static boolean atTask(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).count() == 1;
    }

    /** Every instance belongs to one hospital, as the hub's tenant provider does for the caller. */
    private static final class OneHospital implements TenantIdProvider {
        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
            return "nanhu-chc";
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
            return "nanhu-chc";
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
            return "nanhu-chc";
        }
    }

    /** Two agent steps; the second names the first one's JSON result among its inputs. */
    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess("two-steps").camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_First").camundaExternalTask(AgentStepWorker.TOPIC)
                .camundaInputParameter("agent", "test-agent")
                .camundaInputParameter("resultVariable", "first")
                .serviceTask("Task_Second").camundaExternalTask(AgentStepWorker.TOPIC)
                .camundaInputParameter("agent", "test-agent")
                .camundaInputParameter("agentInputs", "first")
                .camundaInputParameter("resultVariable", "second")
                .userTask("Task_Review").endEvent()
                .done();
    }
}
