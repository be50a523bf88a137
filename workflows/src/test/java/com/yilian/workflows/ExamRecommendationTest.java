package com.yilian.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "bpmn/exam-recommendation.bpmn")
class ExamRecommendationTest extends AbstractProcessTest {

  static final String RESULT = "{\"items\":[]}";

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("exam-recommendation", "enc-1",
        Map.of("patientId", "p-1", "encounterId", "enc-1", "intakeSummary", "{\"chiefComplaint\":\"cough\"}"));
  }

  @Test
  void theAgentProposesAndAClinicianApproves() {
    ProcessInstance pi = start();
    hub.agentAnswers("exam-recommender", Map.of("examPlan", RESULT));
    assertThat(pi).isWaitingAt("Task_ReviewExamPlan");
    assertThat(task()).hasCandidateGroup("clinician");
    hub.approve("Task_ReviewExamPlan");
    assertThat(pi).hasPassed("Task_RecommendExams", "Task_ReviewExamPlan", "EndEvent_Done").isEnded();
    assertThat(pi).variables().containsEntry("examPlan", RESULT);
  }

  @Test
  void aClinicianRejectsAndTheAgentRunsAgainWithTheComment() {
    ProcessInstance pi = start();
    hub.agentAnswers("exam-recommender", Map.of("examPlan", RESULT));
    hub.reject("Task_ReviewExamPlan", "考虑结核 Consider tuberculosis");
    assertThat(pi).isWaitingAt("Task_RecommendExams");
    LockedExternalTask rerun = hub.agentAnswers("exam-recommender", Map.of("examPlan", RESULT));
    assertThat(rerun.getVariables().get("reviewComment")).isEqualTo("考虑结核 Consider tuberculosis");
    assertThat(pi).isWaitingAt("Task_ReviewExamPlan");
  }

  @Test
  void anAgentThatCannotDecideHandsOverToAClinician() {
    ProcessInstance pi = start();
    hub.agentCannotDecide("exam-recommender");
    assertThat(pi).isWaitingAt("Task_ManualExamPlan");
    hub.decide("Task_ManualExamPlan", Map.of());
    assertThat(pi).isEnded();
  }

  @Test
  void anAgentThatFailsForGoodRaisesAnIncident() {
    ProcessInstance pi = start();
    hub.agentFailsForGood("exam-recommender");
    assertThat(pi).isWaitingAt("Task_RecommendExams");
    assertThat(incidents(pi.getId())).isEqualTo(1);
  }
}
