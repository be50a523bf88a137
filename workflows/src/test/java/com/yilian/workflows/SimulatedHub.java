package com.yilian.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.task.Task;

/** Plays the hub's yilian-agent worker and the clinician, as the real hub would drive the engine. */
final class SimulatedHub {

  static final String TOPIC = "yilian-agent";
  static final String WORKER = "test-worker";

  private final ProcessEngine engine;

  SimulatedHub(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Fetches the one open agent task, checks it asks for {@code agent}, and completes it with the agent's output. */
  LockedExternalTask agentAnswers(String agent, Map<String, Object> output) {
    LockedExternalTask task = fetch(agent);
    engine.getExternalTaskService().complete(task.getId(), WORKER, output);
    return task;
  }

  /** The agent reports that it cannot decide: a BPMN error the model routes to a clinician. */
  void agentCannotDecide(String agent) {
    LockedExternalTask task = fetch(agent);
    engine.getExternalTaskService()
        .handleBpmnError(task.getId(), WORKER, "AGENT_CANNOT_DECIDE", "知识库无法区分 Knowledge base cannot separate candidates");
  }

  /** The last retry fails: the engine raises an incident. */
  void agentFailsForGood(String agent) {
    LockedExternalTask task = fetch(agent);
    engine.getExternalTaskService()
        .handleFailure(task.getId(), WORKER, "模型不可用 Model pool unreachable", "timeout after 3 retries", 0, 0);
  }

  LockedExternalTask fetch(String agent) {
    List<LockedExternalTask> tasks = engine.getExternalTaskService()
        .fetchAndLock(1, WORKER).topic(TOPIC, 60_000).execute();
    assertThat(tasks).as("one open agent task").hasSize(1);
    LockedExternalTask task = tasks.get(0);
    assertThat(task.getVariables().get("agent")).isEqualTo(agent);
    return task;
  }

  /** A clinician (or the patient at the consent desk) completes the open user task with the given variables. */
  void decide(String taskDefinitionKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task).as("open user task %s", taskDefinitionKey).isNotNull();
    engine.getTaskService().complete(task.getId(), variables);
  }

  void approve(String taskDefinitionKey) {
    decide(taskDefinitionKey, Map.of("decision", "approve"));
  }

  void reject(String taskDefinitionKey, String comment) {
    decide(taskDefinitionKey, Map.of("decision", "reject", "reviewComment", comment));
  }

  void patientSays(String businessKey, String text) {
    engine.getRuntimeService().createMessageCorrelation("IntakePatientMessage")
        .processInstanceBusinessKey(businessKey).setVariable("patientMessage", text).correlate();
  }
}
