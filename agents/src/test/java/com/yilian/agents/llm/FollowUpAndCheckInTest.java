package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepAgents;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import org.junit.jupiter.api.Test;

import static com.yilian.agents.llm.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

class FollowUpAndCheckInTest {

    private static final JsonNode INTAKE = Requests.intake(45, "M", "E_201", "E_91", "E_77", "-E_53");

    private final TestModels t = new TestModels();
    private final StepAgents agents = new StepAgents(LlmAgents.create(t.router, Requests.ENGINE));

    @Test
    void createsTheSixAgentsOfTheWorkflows() {
        assertThat(agents.names()).containsExactlyInAnyOrderElementsOf(AgentNames.ALL);
    }

    @Test
    void followUpPlanIsTheEnginePlanWithThePlanTextAdded() {
        t.model.then("""
                {"planZh":"多休息、多饮水，一周后复诊；如出现呼吸困难请立即就诊。",
                 "planEn":"Rest, drink fluids, come back in a week; come at once if breathing gets hard."}""");
        StepRequest request = request(AgentNames.FOLLOW_UP_PLANNER, "intakeSummary", INTAKE);
        StepResult plan = agents.run(request);
        StepResult engine = Requests.engineAgent(AgentNames.FOLLOW_UP_PLANNER).run(request, null);

        assertThat(plan.degraded()).isFalse();
        assertThat(plan.routing()).isEqualTo(engine.routing());
        // The DMN's groups: a condition outside them is "other", which its catch-all rows handle.
        assertThat(plan.routing().get("conditionGroup")).isIn("respiratory-infection", "asthma", "copd", "heart-failure", "other");
        engine.result().properties().forEach(e -> assertThat(plan.result().get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue()));
        assertThat(plan.result().at("/planText/zh").asText()).startsWith("多休息");
        assertThat(plan.result().get("corrections")).isEmpty();
    }

    @Test
    void theModelCannotLowerTheEnginesCheckInOutcome() {
        JsonNode plan = Requests.engineAgent(AgentNames.FOLLOW_UP_PLANNER)
                .run(request(AgentNames.FOLLOW_UP_PLANNER, "intakeSummary", INTAKE), null).result();
        t.model.then("""
                {"outcome":"STABLE","assessmentZh":"病情平稳","assessmentEn":"Stable"}""");
        StepResult checkIn = agents.run(request(AgentNames.CHECK_IN_ASSESSOR, "checkInReport", "今天突然胸痛，喘不上气",
                "followUpPlan", plan));
        assertThat(checkIn.routing()).containsEntry("checkInOutcome", "ESCALATE").containsKey("redFlagCode");
        assertThat(checkIn.result().get("outcome").asText()).isEqualTo("ESCALATE");
        assertThat(checkIn.result().get("corrections").findValuesAsText("kept")).contains("ESCALATE");
        assertThat(checkIn.result().at("/assessment/zh").asText()).isEqualTo("病情平稳");

        t.model.then("""
                {"outcome":"STABLE","assessmentZh":"咳嗽减轻，无发热","assessmentEn":"Better"}""");
        StepResult calm = agents.run(request(AgentNames.CHECK_IN_ASSESSOR, "checkInReport", "咳嗽好多了，不发烧了",
                "followUpPlan", plan));
        assertThat(calm.routing()).containsEntry("checkInOutcome", "STABLE").doesNotContainKey("redFlagCode");
        assertThat(calm.result().get("corrections")).isEmpty();
    }

    @Test
    void theModelMayRaiseTheOutcome() {
        t.model.then("""
                {"outcome":"ESCALATE","assessmentZh":"高热三天不退伴意识差，需立即评估","assessmentEn":"Needs assessment now"}""");
        StepResult r = agents.run(request(AgentNames.CHECK_IN_ASSESSOR, "checkInReport", "好多了，就是有点迷糊"));
        assertThat(r.routing()).containsEntry("checkInOutcome", "ESCALATE")
                .containsEntry("redFlagCode", CheckInAssessor.MODEL_RED_FLAG);
        assertThat(r.result().get("reasons").findValuesAsText("kind")).contains("model-assessment");
        assertThat(r.result().get("corrections")).isEmpty();
    }

    @Test
    void anOutcomeOutsideTheListIsInvalidTwiceThenFallsBack() {
        t.model.then("{\"outcome\":\"FINE\"}", "{\"outcome\":\"OK\"}");
        StepRequest request = request(AgentNames.CHECK_IN_ASSESSOR, "checkInReport", "还好");
        StepResult r = agents.run(request);
        assertThat(r.degradation().code()).isEqualTo("invalid-output");
        assertThat(t.model.requests()).hasSize(2);
        assertThat(r.result()).isEqualTo(Requests.engineAgent(AgentNames.CHECK_IN_ASSESSOR)
                .run(request, r.degradation()).result());
    }
}
