package com.yilian.hub.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.knowledge.Text;
import com.yilian.agents.step.StepAgents;
import com.yilian.agents.step.StepResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The worker on a real in-memory engine, with scripted agents: completion with the result and routing variables,
 * the clinical "cannot decide" path, retries ending in an incident a person can act on, and the lock kept while a
 * slow agent works. Waits are for conditions, never for a fixed time.
 */
class AgentStepWorkerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static ProcessEngine engine;
    private AgentStepWorker worker;
    private SimpleMeterRegistry meters;

    @BeforeAll
    static void engine() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:agent-worker-test;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("agent-worker-test")
                .setJobExecutorActivate(false);
        config.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        config.setTenantIdProvider(new OneHospital("nanhu-chc"));
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("agent-step.bpmn", model()).deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void stopWorker() {
        if (worker != null) {
            worker.stop();
        }
    }

    @Test
    void completesWithTheResultAsJsonOfAnyLengthAndTheRoutingVariables() {
        String longText = "咳嗽".repeat(3000);
        ScriptedAgent agent = new ScriptedAgent("test-agent", request -> {
            ObjectNode result = JsonNodeFactory.instance.objectNode().put("summary", longText);
            result.set("echo", request.inputs());
            return StepResult.done(result, Map.of("intakeStatus", "DONE"), null);
        });
        worker = start(agent, 3, Duration.ofSeconds(30));
        ProcessInstance instance = startProcess("enc-complete", Map.of(
                "patient", "{\"age\":54,\"sex\":\"F\"}", "patientMessage", "医生您好，我咳嗽三天了"));

        await().atMost(PATIENCE).until(() -> atTask(instance, "Task_Review"));
        TypedValue stored = engine.getRuntimeService().getVariableTyped(instance.getId(), "intakeSummary");
        assertThat(stored.getType().getName()).isEqualTo("json");
        assertThat(stored.getValue().toString()).contains(longText);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "intakeStatus")).isEqualTo("DONE");

        var request = agent.requests.get(0);
        assertThat(request.context().tenantId()).isEqualTo("nanhu-chc");
        assertThat(request.context().encounterId()).isEqualTo("enc-complete");
        assertThat(request.context().priority()).isEqualTo("interactive");
        assertThat(request.context().dataClass()).isEqualTo("phi");
        assertThat(request.input("patient").get("age").asInt()).as("JSON text parsed").isEqualTo(54);
        assertThat(request.text("patientMessage")).isEqualTo("医生您好，我咳嗽三天了");
        assertThat(request.input("intakeSummary")).as("absent input").isNull();
        // The step is counted just after its commit, which the test may see first.
        await().atMost(PATIENCE).until(() -> meters.find("yilian.agent.steps").counters().size() > 0);
        assertThat(meters.get("yilian.agent.steps").tags("agent", "test-agent", "outcome", "done").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void aCannotDecideBecomesTheBpmnErrorWithCodeAndMessage() {
        ScriptedAgent agent = new ScriptedAgent("test-agent",
                request -> StepResult.cannotDecide(new Text("候选诊断无法区分", "Candidates cannot be separated")));
        worker = start(agent, 3, Duration.ofSeconds(30));
        ProcessInstance instance = startProcess("enc-cannot", Map.of());

        await().atMost(PATIENCE).until(() -> atTask(instance, "Task_Manual"));
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "agentErrorCode"))
                .isEqualTo("AGENT_CANNOT_DECIDE");
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "agentErrorMessage"))
                .contains("候选诊断无法区分").contains("Candidates cannot be separated");
    }

    @Test
    void failuresAreRetriedThenBecomeAnIncidentThatSaysWhatToDo() {
        ScriptedAgent agent = new ScriptedAgent("test-agent", request -> {
            throw new IllegalStateException("model pool answered 503");
        });
        worker = start(agent, 2, Duration.ofSeconds(30));
        ProcessInstance instance = startProcess("enc-fail", Map.of());

        await().atMost(PATIENCE).until(() -> incident(instance) != null);
        Incident incident = incident(instance);
        assertThat(agent.requests).as("first attempt and two retries").hasSize(3);
        assertThat(incident.getIncidentMessage())
                .contains("test-agent").contains("Task_Agent").contains("连续失败 3 次").contains("Cockpit")
                .contains("stopped retrying").contains("model pool answered 503");
        ExternalTask task = engine.getExternalTaskService().createExternalTaskQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(task.getRetries()).isZero();
        assertThat(engine.getExternalTaskService().getExternalTaskErrorDetails(task.getId()))
                .contains("IllegalStateException");
    }

    @Test
    void theLockIsExtendedWhileASlowAgentWorks() throws InterruptedException {
        CountDownLatch agentStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedAgent agent = slowAgent(agentStarted, release, JsonNodeFactory.instance.objectNode().put("slow", true));
        worker = start(agent, 3, Duration.ofMillis(900));
        ProcessInstance instance = startProcess("enc-slow", Map.of());
        assertThat(agentStarted.await(30, TimeUnit.SECONDS)).isTrue();
        Date firstLock = lockExpiration(instance);

        // Wait until the first lock would have run out: the task must still be held, with a later expiry.
        await().atMost(PATIENCE).until(() -> System.currentTimeMillis() > firstLock.getTime() + 300);
        assertThat(lockExpiration(instance)).isAfter(firstLock);
        assertThat(engine.getExternalTaskService().fetchAndLock(1, "rival-hub").topic(AgentStepWorker.TOPIC, 60_000)
                .execute()).as("another hub cannot take the task").isEmpty();

        release.countDown();
        await().atMost(PATIENCE).until(() -> atTask(instance, "Task_Review"));
        assertThat(agent.requests).as("the step ran once").hasSize(1);
    }

    @Test
    void aDatabaseErrorInOneLockExtensionDoesNotEndTheExtensions() throws InterruptedException {
        CountDownLatch agentStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedAgent agent = slowAgent(agentStarted, release, JsonNodeFactory.instance.objectNode());
        AtomicInteger extensions = new AtomicInteger();
        // The first extension meets a cut connection, reported as Spring reports it (not a ProcessEngineException).
        ExternalTaskService flaky = (ExternalTaskService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ExternalTaskService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("extendLock") && extensions.incrementAndGet() == 1) {
                        throw new CannotCreateTransactionException("connection terminated by the database");
                    }
                    try {
                        return method.invoke(engine.getExternalTaskService(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        worker = start(flaky, agent, 3, Duration.ofMillis(900));
        ProcessInstance instance = startProcess("enc-flaky-lock", Map.of());
        assertThat(agentStarted.await(30, TimeUnit.SECONDS)).isTrue();
        Date firstLock = lockExpiration(instance);

        await().atMost(PATIENCE).until(() -> System.currentTimeMillis() > firstLock.getTime() + 300);
        assertThat(extensions.get()).as("extensions tried, the first one failed").isGreaterThan(1);
        assertThat(lockExpiration(instance)).isAfter(firstLock);
        assertThat(engine.getExternalTaskService().fetchAndLock(1, "rival-hub").topic(AgentStepWorker.TOPIC, 60_000)
                .execute()).as("another hub cannot take the task").isEmpty();

        release.countDown();
        await().atMost(PATIENCE).until(() -> atTask(instance, "Task_Review"));
        assertThat(agent.requests).as("the step ran once").hasSize(1);
    }

    private AgentStepWorker start(ScriptedAgent agent, int retries, Duration lock) {
        return start(engine.getExternalTaskService(), agent, retries, lock);
    }

    private AgentStepWorker start(ExternalTaskService tasks, ScriptedAgent agent, int retries, Duration lock) {
        meters = new SimpleMeterRegistry();
        WorkerProperties settings = new WorkerProperties(true, 4, lock, retries, Duration.ofMillis(10),
                Duration.ofMillis(200));
        AgentStepWorker started = new AgentStepWorker(tasks, engine.getRuntimeService(),
                new StepAgents(List.of(agent)), settings, new WorkerMetrics(meters), "test-worker", new WorkSignal());
        started.start();
        return started;
    }

    private static ProcessInstance startProcess(String encounterId, Map<String, Object> variables) {
        return engine.getRuntimeService().createProcessInstanceByKey("agent-step").businessKey(encounterId)
                .processDefinitionWithoutTenantId().setVariables(variables).execute();
    }

    private static boolean atTask(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).count() == 1;
    }

    private static Incident incident(ProcessInstance instance) {
        return engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static Date lockExpiration(ProcessInstance instance) {
        return engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(instance.getId())
                .singleResult().getLockExpirationTime();
    }

    /** Every instance belongs to one hospital, as the hub's tenant provider does for the caller. */
    private record OneHospital(String tenantId) implements TenantIdProvider {
        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
            return tenantId;
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
            return tenantId;
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
            return tenantId;
        }
    }

    /** One agent task as the workflows model it, plus the review and manual tasks its outcomes lead to. */
    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess("agent-step").camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_Agent").camundaExternalTask(AgentStepWorker.TOPIC)
                .camundaInputParameter("agent", "test-agent")
                .camundaInputParameter("agentInputs", "patient, patientMessage,intakeSummary")
                .camundaInputParameter("resultVariable", "intakeSummary")
                .camundaInputParameter("priority", "interactive")
                .camundaInputParameter("dataClass", "phi")
                .userTask("Task_Review").endEvent()
                .moveToActivity("Task_Agent")
                .boundaryEvent("Boundary_CannotDecide").errorEventDefinition()
                .errorCodeVariable("agentErrorCode").errorMessageVariable("agentErrorMessage")
                .error("AGENT_CANNOT_DECIDE").errorEventDefinitionDone()
                .userTask("Task_Manual").endEvent()
                .done();
    }

    /** An agent that says it started, then works until released (at most a minute). */
    private static ScriptedAgent slowAgent(CountDownLatch started, CountDownLatch release,
                                           com.fasterxml.jackson.databind.node.ObjectNode result) {
        return new ScriptedAgent("test-agent", request -> {
            started.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StepResult.done(result, Map.of("intakeStatus", "DONE"), null);
        });
    }
}
