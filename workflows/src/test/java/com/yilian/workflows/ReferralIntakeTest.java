package com.yilian.workflows;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "bpmn/referral-intake.bpmn")
class ReferralIntakeTest extends AbstractProcessTest {

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("referral-intake", "enc-1",
        Map.of("patientId", "p-1", "encounterId", "enc-1", "referralSummary", "{}", "urgency", "URGENT_REFERRAL"));
  }

  @Test
  void theReferralDeskAcceptsWithAnAppointment() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_AcceptReferral");
    assertThat(task()).hasCandidateGroup("referral-desk");
    hub.decide("Task_AcceptReferral", Map.of("referralOutcome", "accept", "appointmentTime", "2026-11-23T09:00"));
    assertThat(pi).isEnded().variables().containsEntry("referralOutcome", "accept");
  }

  @Test
  void theReferralDeskDeclines() {
    ProcessInstance pi = start();
    hub.decide("Task_AcceptReferral", Map.of("referralOutcome", "decline", "reviewComment", "床位已满 No beds"));
    assertThat(pi).isEnded().variables().containsEntry("referralOutcome", "decline");
  }
}
