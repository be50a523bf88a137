package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepAgent;
import com.yilian.agents.step.StepAgents;
import com.yilian.agents.step.StepResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.yilian.agents.llm.Requests.json;
import static com.yilian.agents.llm.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpAndCheckInTest {

    private static final JsonNode INTAKE = json("""
            {"patient":{"age":45,"sex":"M"},"chiefComplaint":"E_201",
             "answers":{"E_201":true,"E_91":true,"E_77":true,"E_53":false}}""");

    private final TestModels t = new TestModels();
    private final Fallbacks fallbacks = new Fallbacks();
    private final StepAgents agents = new StepAgents(LlmAgents.create(t.router, Fallbacks.ENGINE, fallbacks.all()));

    @Test
    void createsTheSixAgentsOfTheWorkflows() {
        assertThat(agents.names()).containsExactlyInAnyOrderElementsOf(AgentNames.ALL);
        assertThatThrownBy(() -> LlmAgents.create(t.router, Fallbacks.ENGINE, java.util.Map.of()))
                .hasMessageContaining("fallbacks: no engine-only fallback for agent 'intake-interviewer'");
    }

    @Test
    void followUpPlanTakesGroupAndSeverityFromTheEngineAndCheckInEscalatesOnRedFlags() {
        t.model.then("""
                {"checkInQuestionsZh":["咳嗽是否减轻？","还发热吗？"],"watchForZh":["呼吸困难","高热不退"],
                 "patientAdviceZh":"多休息、多饮水，按时复诊。","patientAdviceEn":"Rest, drink fluids, come back as planned.",
                 "adherenceNoteZh":"按医嘱用药，不要自行停药。"}""");
        StepResult plan = agents.run(request(AgentNames.FOLLOW_UP_PLANNER, "intakeSummary", INTAKE));
        assertThat(plan.degraded()).isFalse();
        String conditionId = plan.result().get("conditionId").asText();
        assertThat(conditionId).isEqualTo(Fallbacks.ENGINE.differential(new PatientStates(Fallbacks.ENGINE.knowledgeBase())
                .read(INTAKE, "intakeSummary")).top().conditionId());
        assertThat(plan.routing()).containsKeys("conditionGroup", "severity");
        assertThat(plan.result().at("/plan/checkInQuestions")).hasSize(2);

        // The model calls the report stable; the report's alarm words (and the engine's finding rules) overrule it.
        t.model.then("""
                {"outcome":"STABLE","assessmentZh":"病情平稳","assessmentEn":"Stable","reportedFindings":["E_201"],
                 "concernsZh":[]}""");
        StepResult checkIn = agents.run(request(AgentNames.CHECK_IN_ASSESSOR, "checkInReport", "今天突然胸痛，喘不上气",
                "followUpPlan", plan.result()));
        assertThat(checkIn.routing()).containsEntry("checkInOutcome", "ESCALATE").containsKey("redFlagCode");
        assertThat(checkIn.result().get("corrections").findValuesAsText("kept")).contains("ESCALATE");

        t.model.then("""
                {"outcome":"STABLE","assessmentZh":"咳嗽减轻，无发热","assessmentEn":"Better","reportedFindings":[],
                 "concernsZh":[]}""");
        StepResult calm = agents.run(request(AgentNames.CHECK_IN_ASSESSOR, "checkInReport", "咳嗽好多了，不发烧了",
                "followUpPlan", plan.result()));
        assertThat(calm.routing()).containsEntry("checkInOutcome", "STABLE").doesNotContainKey("redFlagCode");
        assertThat(calm.result().get("corrections")).isEmpty();
    }

    @Test
    void anOutcomeOutsideTheListIsInvalidTwiceThenFallsBack() {
        t.model.then("{\"outcome\":\"FINE\"}", "{\"outcome\":\"OK\"}");
        StepResult r = agents.run(request(AgentNames.CHECK_IN_ASSESSOR, "checkInReport", "还好",
                "intakeSummary", INTAKE));
        assertThat(r.degradation().code()).isEqualTo("invalid-output");
        assertThat(t.model.requests()).hasSize(2);
        assertThat(List.copyOf(fallbacks.used)).hasSize(1);
    }
}
