package com.yilian.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"bpmn/intake-interview.bpmn", "dmn/red-flag-escalation.dmn"})
class IntakeInterviewTest extends AbstractProcessTest {

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("intake-interview", "enc-1",
        Map.of("patientId", "p-1", "encounterId", "enc-1", "patientMessage", "咳嗽三天 Cough for three days"));
  }

  @Test
  void asksUntilThePictureIsClearThenAClinicianApproves() {
    ProcessInstance pi = start();
    hub.agentAnswers("intake-interviewer", Map.of("intakeStatus", "ASKING", "nextQuestion", "发热吗？ Any fever?"));
    assertThat(pi).isWaitingAt("Task_AwaitPatientMessage");

    hub.patientSays("enc-1", "有，38.5度 Yes, 38.5");
    hub.agentAnswers("intake-interviewer",
        Map.of("intakeStatus", "DONE", "intakeSummary", "{\"chiefComplaint\":\"cough\"}"));
    assertThat(pi).isWaitingAt("Task_ReviewIntake");
    assertThat(task()).hasCandidateGroup("clinician");

    hub.approve("Task_ReviewIntake");
    assertThat(pi).hasPassed("Task_Interview", "Task_ReviewIntake").isEnded();
    assertThat(pi).hasPassed("EndEvent_IntakeDone");
  }

  @Test
  void aRedFlagEscalatesAtOnce() {
    ProcessInstance pi = start();
    hub.agentAnswers("intake-interviewer",
        Map.of("intakeStatus", "RED_FLAG", "redFlagCode", "chest-pain-at-rest", "redFlagSeverity", "severe"));
    assertThat(pi).hasPassed("Task_RedFlagRule", "EndEvent_RedFlag").isEnded();
    assertThat(pi).variables().containsEntry("escalation", "ESCALATE_NOW");
  }

  @Test
  void aMildRedFlagIsRecordedAndTheInterviewGoesOn() {
    ProcessInstance pi = start();
    hub.agentAnswers("intake-interviewer", Map.of("intakeStatus", "RED_FLAG", "redFlagCode", "low-grade-fever",
        "redFlagSeverity", "mild", "nextQuestion", "多久了？ How long?"));
    assertThat(pi).isWaitingAt("Task_AwaitPatientMessage");
    assertThat(pi).variables().containsEntry("escalation", "ROUTINE");
  }

  @Test
  void aClinicianRejectsTheSummaryAndTakesTheInterviewOver() {
    ProcessInstance pi = start();
    hub.agentAnswers("intake-interviewer", Map.of("intakeStatus", "DONE", "intakeSummary", "{}"));
    hub.reject("Task_ReviewIntake", "病史不全 History incomplete");
    assertThat(pi).isWaitingAt("Task_ManualIntake");
  }

  @Test
  void anAgentThatCannotDecideHandsOverToAClinician() {
    ProcessInstance pi = start();
    hub.agentCannotDecide("intake-interviewer");
    assertThat(pi).isWaitingAt("Task_ManualIntake");
    assertThat(pi).variables().containsEntry("agentErrorCode", "AGENT_CANNOT_DECIDE");
  }

  @Test
  void anAgentThatFailsForGoodRaisesAnIncident() {
    ProcessInstance pi = start();
    hub.agentFailsForGood("intake-interviewer");
    assertThat(pi).isWaitingAt("Task_Interview");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult())
        .isNotNull()
        .satisfies(i -> assertThat(i.getIncidentMessage()).contains("Model pool unreachable"));
  }

  @Test
  void aSilentPatientEndsTheInterviewAfterADay() {
    ProcessInstance pi = start();
    hub.agentAnswers("intake-interviewer", Map.of("intakeStatus", "ASKING", "nextQuestion", "?"));
    engine.getManagementService().executeJob(
        engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
    assertThat(pi).hasPassed("EndEvent_Abandoned").isEnded();
  }
}
