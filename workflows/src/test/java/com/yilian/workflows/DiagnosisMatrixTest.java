package com.yilian.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "bpmn/diagnosis-matrix.bpmn")
class DiagnosisMatrixTest extends AbstractProcessTest {

  static final String RESULT = "{\"items\":[]}";

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("diagnosis-matrix", "enc-1",
        Map.of("patientId", "p-1", "encounterId", "enc-1", "intakeSummary", "{\"chiefComplaint\":\"cough\"}"));
  }

  @Test
  void theAgentProposesAndAClinicianApproves() {
    ProcessInstance pi = start();
    hub.agentAnswers("diagnosis-matrix", Map.of("diagnosisMatrix", RESULT));
    assertThat(pi).isWaitingAt("Task_ReviewDiagnosisMatrix");
    assertThat(task()).hasCandidateGroup("clinician");
    hub.approve("Task_ReviewDiagnosisMatrix");
    assertThat(pi).hasPassed("Task_DiagnosisMatrix", "Task_ReviewDiagnosisMatrix", "EndEvent_Done").isEnded();
    assertThat(pi).variables().containsEntry("diagnosisMatrix", RESULT);
  }

  @Test
  void aClinicianRejectsAndTheAgentRunsAgainWithTheComment() {
    ProcessInstance pi = start();
    hub.agentAnswers("diagnosis-matrix", Map.of("diagnosisMatrix", RESULT));
    hub.reject("Task_ReviewDiagnosisMatrix", "考虑结核 Consider tuberculosis");
    assertThat(pi).isWaitingAt("Task_DiagnosisMatrix");
    LockedExternalTask rerun = hub.agentAnswers("diagnosis-matrix", Map.of("diagnosisMatrix", RESULT));
    assertThat(rerun.getVariables().get("reviewComment")).isEqualTo("考虑结核 Consider tuberculosis");
    assertThat(pi).isWaitingAt("Task_ReviewDiagnosisMatrix");
  }

  @Test
  void anAgentThatCannotDecideHandsOverToAClinician() {
    ProcessInstance pi = start();
    hub.agentCannotDecide("diagnosis-matrix");
    assertThat(pi).isWaitingAt("Task_ManualDiagnosis");
    hub.decide("Task_ManualDiagnosis", Map.of());
    assertThat(pi).isEnded();
  }

  @Test
  void anAgentThatFailsForGoodRaisesAnIncident() {
    ProcessInstance pi = start();
    hub.agentFailsForGood("diagnosis-matrix");
    assertThat(pi).isWaitingAt("Task_DiagnosisMatrix");
    assertThat(incidents(pi.getId())).isEqualTo(1);
  }
}
