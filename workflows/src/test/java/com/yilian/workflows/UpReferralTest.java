package com.yilian.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"bpmn/up-referral.bpmn", "bpmn/referral-intake.bpmn"})
class UpReferralTest extends AbstractProcessTest {

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("up-referral", "enc-1", Map.of(
        "patientId", "p-1", "encounterId", "enc-1", "referralReason", "haemoptysis", "urgency", "URGENT_REFERRAL",
        "intakeSummary", "{\"history\":\"long\"}", "diagnosisMatrix", "{\"candidates\":[]}",
        "patientPhone", "13800000000"));
  }

  @Test
  void withConsentOnlyTheSummaryIsHandedToTheTertiaryHospital() {
    ProcessInstance pi = start();
    hub.agentAnswers("referral-summarizer", Map.of("referralSummary", "{\"reason\":\"haemoptysis\"}"));
    hub.approve("Task_ReviewReferral");
    assertThat(pi).isWaitingAt("Task_PatientConsent");
    hub.decide("Task_PatientConsent", Map.of("consent", "granted"));

    assertThat(pi).isWaitingAt("CallActivity_TertiaryIntake");
    ProcessInstance tertiary = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).singleResult();
    assertThat(tertiary).isWaitingAt("Task_AcceptReferral");
    assertThat(task()).hasCandidateGroup("referral-desk");
    // the receiving hospital sees the hand-over and nothing more
    assertThat(engine.getRuntimeService().getVariables(tertiary.getId()).keySet())
        .containsExactlyInAnyOrder("patientId", "encounterId", "referralSummary", "urgency", "referringTenantId");
    assertThat(tertiary.getBusinessKey()).isEqualTo("enc-1");

    hub.decide("Task_AcceptReferral", Map.of("referralOutcome", "accept", "appointmentTime", "2026-11-23T09:00"));
    assertThat(pi).hasPassed("EndEvent_HandedOver").isEnded();
    assertThat(pi).variables().containsEntry("referralOutcome", "accept");
  }

  @Test
  void withoutConsentNothingIsHandedOver() {
    ProcessInstance pi = start();
    hub.agentAnswers("referral-summarizer", Map.of("referralSummary", "{}"));
    hub.approve("Task_ReviewReferral");
    hub.decide("Task_PatientConsent", Map.of("consent", "refused"));
    assertThat(pi).hasPassed("EndEvent_ConsentRefused").hasNotPassed("CallActivity_TertiaryIntake").isEnded();
  }

  @Test
  void aClinicianRejectsTheSummaryAndItIsWrittenAgain() {
    ProcessInstance pi = start();
    hub.agentAnswers("referral-summarizer", Map.of("referralSummary", "{}"));
    hub.reject("Task_ReviewReferral", "补充用药史 Add medication history");
    assertThat(pi).isWaitingAt("Task_SummarizeReferral");
  }

  @Test
  void anAgentThatCannotDecideLeavesTheLetterToTheClinician() {
    ProcessInstance pi = start();
    hub.agentCannotDecide("referral-summarizer");
    assertThat(pi).isWaitingAt("Task_ManualSummary");
  }

  @Test
  void anAgentThatFailsForGoodRaisesAnIncident() {
    ProcessInstance pi = start();
    hub.agentFailsForGood("referral-summarizer");
    assertThat(incidents(pi.getId())).isEqualTo(1);
  }
}
