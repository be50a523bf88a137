package com.yilian.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = {"dmn/red-flag-escalation.dmn", "dmn/follow-up-interval.dmn"})
class DecisionTablesTest extends AbstractProcessTest {

  DmnDecisionResultEntries evaluate(String key, String... nameValues) {
    Map<String, Object> vars = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      vars.put(nameValues[i], nameValues[i + 1].isEmpty() ? null : nameValues[i + 1]);
    }
    return engine.getDecisionService().evaluateDecisionByKey(key).variables(vars).evaluate().getSingleResult();
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({
      "chest-pain-at-rest, mild,     ESCALATE_NOW",
      "syncope,          moderate, ESCALATE_NOW",
      "'Possible NSTEMI / STEMI', '', ESCALATE_NOW",
      "Myocarditis,      moderate, URGENT_REFERRAL",
      "haemoptysis,      critical, ESCALATE_NOW",
      "other,            critical, ESCALATE_NOW",
      "haemoptysis,       moderate, URGENT_REFERRAL",
      "other,            severe,   URGENT_REFERRAL",
      "other,            moderate, ROUTINE",
      "'',               '',       ROUTINE"})
  void redFlagEscalation(String code, String severity, String escalation) {
    DmnDecisionResultEntries result = evaluate("red-flag-escalation", "redFlagCode", code, "redFlagSeverity", severity);
    assertThat((String) result.get("escalation")).isEqualTo(escalation);
    assertThat((String) result.get("action")).isNotBlank();
  }

  @ParameterizedTest(name = "{0}/{1} -> {2} x{3}")
  @CsvSource({
      "hypertension,          mild,     P14D, 6",
      "hypertension,          severe,   P3D,  10",
      "diabetes,              moderate, P14D, 6",
      "copd,                  severe,   P2D,  10",
      "asthma,                mild,     P7D,  6",
      "heart-failure,         mild,     P3D,  10",
      "respiratory-infection, moderate, P2D,  3",
      "gastritis,             severe,   P3D,  6",
      "gastritis,             mild,     P7D,  4"})
  void followUpInterval(String group, String severity, String interval, int checkIns) {
    DmnDecisionResultEntries result = evaluate("follow-up-interval", "conditionGroup", group, "severity", severity);
    assertThat((String) result.get("checkInInterval")).isEqualTo(interval);
    assertThat(((Number) result.get("maxCheckIns")).intValue()).isEqualTo(checkIns);
    assertThat((String) result.get("watchFor")).isNotBlank();
  }
}
