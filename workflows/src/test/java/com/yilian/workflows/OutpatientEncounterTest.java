package com.yilian.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"bpmn/outpatient-encounter.bpmn", "bpmn/intake-interview.bpmn", "bpmn/diagnosis-matrix.bpmn",
    "bpmn/exam-recommendation.bpmn", "bpmn/follow-up.bpmn", "bpmn/up-referral.bpmn", "bpmn/referral-intake.bpmn",
    "dmn/red-flag-escalation.dmn", "dmn/follow-up-interval.dmn"})
class OutpatientEncounterTest extends AbstractProcessTest {

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("outpatient-encounter", "enc-1",
        Map.of("patientId", "p-1", "encounterId", "enc-1", "patientMessage", "咳嗽三天 Cough for three days"));
  }

  void intakeDone() {
    hub.agentAnswers("intake-interviewer", Map.of("intakeStatus", "ASKING", "nextQuestion", "发热吗？ Any fever?"));
    hub.patientSays("enc-1", "有 Yes");
    hub.agentAnswers("intake-interviewer", Map.of("intakeStatus", "DONE", "intakeSummary", "{\"cc\":\"cough\"}"));
    hub.approve("Task_ReviewIntake");
  }

  void matrixAndExamsApproved() {
    hub.agentAnswers("diagnosis-matrix", Map.of("diagnosisMatrix", "{\"candidates\":[\"URTI\"]}"));
    hub.approve("Task_ReviewDiagnosisMatrix");
    hub.agentAnswers("exam-recommender", Map.of("examPlan", "{\"exams\":[\"CBC\"]}"));
    hub.approve("Task_ReviewExamPlan");
  }

  @Test
  void intakeMatrixExamsSignOffThenFollowUpIsScheduled() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("CallActivity_Intake");
    intakeDone();
    matrixAndExamsApproved();
    assertThat(pi).isWaitingAt("Task_EncounterSignOff");
    assertThat(pi).variables().containsEntry("intakeSummary", "{\"cc\":\"cough\"}")
        .containsEntry("diagnosisMatrix", "{\"candidates\":[\"URTI\"]}").containsEntry("examPlan", "{\"exams\":[\"CBC\"]}");

    hub.approve("Task_EncounterSignOff");
    hub.agentAnswers("follow-up-planner", Map.of("followUpPlan", "{}", "conditionGroup", "respiratory-infection",
        "severity", "mild"));
    hub.approve("Task_ReviewFollowUpPlan");
    assertThat(pi).hasPassed("CallActivity_Intake", "CallActivity_Diagnosis", "CallActivity_Exams")
        .isWaitingAt("CallActivity_FollowUp");
    assertThat(pi).calledProcessInstance("follow-up").isWaitingAt("Timer_NextCheckIn");
  }

  @Test
  void aRedFlagInTheInterviewGoesToEmergencyCareThenUpReferral() {
    ProcessInstance pi = start();
    hub.agentAnswers("intake-interviewer",
        Map.of("intakeStatus", "RED_FLAG", "redFlagCode", "syncope", "redFlagSeverity", "severe"));
    assertThat(pi).hasNotPassed("CallActivity_Diagnosis").isWaitingAt("Task_EmergencyCare");
    hub.decide("Task_EmergencyCare", Map.of());
    assertThat(pi).isWaitingAt("CallActivity_UpReferral");
    assertThat(pi).calledProcessInstance("up-referral").isWaitingAt("Task_SummarizeReferral")
        .variables().containsEntry("referralReason", "syncope").containsEntry("urgency", "ESCALATE_NOW");
  }

  @Test
  void aClinicianRejectsAtSignOffAndTheDifferentialIsRedone() {
    ProcessInstance pi = start();
    intakeDone();
    matrixAndExamsApproved();
    hub.reject("Task_EncounterSignOff", "需排除肺炎 Rule out pneumonia");
    assertThat(pi).isWaitingAt("CallActivity_Diagnosis");
    assertThat(pi).calledProcessInstance("diagnosis-matrix").isWaitingAt("Task_DiagnosisMatrix");
  }

  @Test
  void aFailingAgentRaisesAnIncidentInTheCalledProcess() {
    ProcessInstance pi = start();
    hub.agentFailsForGood("intake-interviewer");
    assertThat(pi).isWaitingAt("CallActivity_Intake");
    ProcessInstance intake = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).singleResult();
    assertThat(incidents(intake.getId())).isEqualTo(1);
  }

  @Test
  void aHospitalsOwnDiagnosisMatrixWinsForThatHospitalOnly() {
    var config = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    config.setTenantIdProvider(new CalledElementTenancyTest.CallerTenant());
    String variant = engine.getRepositoryService().createDeployment().tenantId("hospital-a")
        .addModelInstance("diagnosis-matrix.bpmn", org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("diagnosis-matrix")
            .camundaHistoryTimeToLive(180).startEvent().userTask("Task_HospitalDifferential").endEvent().done())
        .deploy().getId();
    try {
      ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey("outpatient-encounter")
          .processDefinitionWithoutTenantId().businessKey("enc-1")
          .setVariables(Map.of("patientId", "p-1", "encounterId", "enc-1", "patientMessage", "咳嗽", "tenant", "hospital-a"))
          .execute();
      assertThat(pi.getTenantId()).isEqualTo("hospital-a");
      intakeDone();
      assertThat(pi).isWaitingAt("CallActivity_Diagnosis");
      assertThat(pi).calledProcessInstance("diagnosis-matrix").isWaitingAt("Task_HospitalDifferential");
    } finally {
      config.setTenantIdProvider(null);
      engine.getRepositoryService().deleteDeployment(variant, true);
    }
  }
}
