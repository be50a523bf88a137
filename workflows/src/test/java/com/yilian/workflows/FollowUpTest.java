package com.yilian.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"bpmn/follow-up.bpmn", "bpmn/up-referral.bpmn",
    "dmn/follow-up-interval.dmn", "dmn/red-flag-escalation.dmn"})
class FollowUpTest extends AbstractProcessTest {

  static final Map<String, Object> PLAN = Map.of("followUpPlan", "{\"checkIns\":[]}",
      "conditionGroup", "respiratory-infection", "severity", "moderate");

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("follow-up", "enc-1", Map.of(
        "patientId", "p-1", "encounterId", "enc-1", "intakeSummary", "{}", "diagnosisMatrix", "{}", "examPlan", "{}"));
  }

  ProcessInstance planApproved() {
    ProcessInstance pi = start();
    hub.agentAnswers("follow-up-planner", PLAN);
    hub.approve("Task_ReviewFollowUpPlan");
    return pi;
  }

  void checkIn(ProcessInstance pi, String report) {
    executeJobAt(pi.getId(), "Timer_NextCheckIn");
    engine.getRuntimeService().createMessageCorrelation("FollowUpCheckIn")
        .processInstanceId(pi.getId()).setVariable("checkInReport", report).correlate();
  }

  @Test
  void checkInsRunAtTheIntervalTheTableGivesUntilTheCourseIsComplete() {
    ProcessInstance pi = planApproved();
    assertThat(pi).hasPassed("Task_IntervalRule").isWaitingAt("Timer_NextCheckIn");
    assertThat(pi).variables().containsEntry("checkInInterval", "P2D").containsEntry("maxCheckIns", 3);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(timer.getDuedate().getTime() - System.currentTimeMillis())
        .isCloseTo(Duration.ofDays(2).toMillis(), within(60_000L));

    for (int i = 1; i <= 3; i++) {
      checkIn(pi, "体温正常 Temperature normal");
      LockedExternalTask assess = hub.agentAnswers("check-in-assessor",
          Map.of("checkInOutcome", "STABLE", "checkInAssessment", "{\"stable\":true}"));
      assertThat(assess.getVariables().get("watchFor")).asString().contains("Fever over 3 days");
      hub.approve("Task_ReviewCheckIn");
    }
    assertThat(pi).hasPassed("EndEvent_FollowUpDone").isEnded();
    assertThat(pi).variables().containsEntry("checkInCount", 3L);
  }

  @Test
  void aRedFlagAtCheckInEscalatesToUpReferralAtOnce() {
    ProcessInstance pi = planApproved();
    checkIn(pi, "胸痛 Chest pain");
    hub.agentAnswers("check-in-assessor", Map.of("checkInOutcome", "ESCALATE", "checkInAssessment", "{}",
        "redFlagCode", "chest-pain-at-rest", "redFlagSeverity", "severe"));
    assertThat(pi).hasPassed("Task_RedFlagRule").hasNotPassed("Task_ReviewCheckIn").isWaitingAt("CallActivity_UpReferral");
    assertThat(pi).calledProcessInstance("up-referral").isWaitingAt("Task_SummarizeReferral")
        .variables().containsEntry("urgency", "ESCALATE_NOW").containsEntry("referralReason", "chest-pain-at-rest");
  }

  @Test
  void aCheckInThatNeedsAVisitGetsOneScheduled() {
    ProcessInstance pi = planApproved();
    checkIn(pi, "咳嗽加重 Cough worse");
    hub.agentAnswers("check-in-assessor", Map.of("checkInOutcome", "NEEDS_VISIT", "checkInAssessment", "{}"));
    hub.approve("Task_ReviewCheckIn");
    assertThat(pi).isWaitingAt("Task_ScheduleVisit");
    hub.decide("Task_ScheduleVisit", Map.of());
    assertThat(pi).isWaitingAt("Timer_NextCheckIn");
  }

  @Test
  void aPatientWhoDoesNotCheckInIsReminded() {
    ProcessInstance pi = planApproved();
    executeJobAt(pi.getId(), "Timer_NextCheckIn");
    executeJobAt(pi.getId(), "Boundary_Reminder");
    assertThat(pi).isWaitingAt("Task_AwaitCheckIn", "Task_RemindPatient");
    assertThat(taskQuery().taskDefinitionKey("Task_RemindPatient").singleResult()).hasCandidateGroup("nurse");
  }

  @Test
  void aClinicianRejectsThePlanAndThePlannerRunsAgain() {
    ProcessInstance pi = planApproved();
    // second instance: reject before the interval is set
    ProcessInstance other = start();
    hub.agentAnswers("follow-up-planner", PLAN);
    hub.reject("Task_ReviewFollowUpPlan", "血压需每周复查 Check BP weekly");
    assertThat(other).isWaitingAt("Task_PlanFollowUp").hasNotPassed("Task_IntervalRule");
    assertThat(pi).isWaitingAt("Timer_NextCheckIn");
  }

  @Test
  void anAgentThatFailsForGoodRaisesAnIncident() {
    ProcessInstance pi = start();
    hub.agentFailsForGood("follow-up-planner");
    assertThat(pi).isWaitingAt("Task_PlanFollowUp");
    assertThat(incidents(pi.getId())).isEqualTo(1);
  }
}
