package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.eval.DdxPatient;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepAgent;
import com.yilian.agents.step.StepAgents;
import com.yilian.agents.step.StepResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.yilian.agents.baseline.AgentFixtures.ENGINE;
import static com.yilian.agents.baseline.AgentFixtures.inputs;
import static com.yilian.agents.baseline.AgentFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/** Matrix, exams, follow-up, check-in and referral agents on a real intake of a development patient. */
class DownstreamAgentsTest {

    static final StepAgents AGENTS = new StepAgents(EngineAgents.all(ENGINE));
    static DdxPatient pneumonia;
    static ObjectNode intake;

    @BeforeAll
    static void interview() throws Exception {
        pneumonia = AgentFixtures.devPatients().stream().filter(p -> p.diagnosis().equals("Pneumonia")).findFirst().orElseThrow();
        IntakeInterviewer interviewer = (IntakeInterviewer) EngineAgents.allEngineAgents(ENGINE).get(0);
        intake = AgentFixtures.interview(interviewer, pneumonia).result();
    }

    static StepResult run(String agent, ObjectNode in) {
        return AGENTS.run(request(agent, in));
    }

    static ObjectNode withIntake() {
        ObjectNode in = inputs();
        in.set("intakeSummary", intake);
        return in;
    }

    @Test
    void allSixAgentsAreThereByName() {
        assertThat(AGENTS.names()).containsExactlyInAnyOrderElementsOf(AgentNames.ALL);
        assertThat(EngineAgents.all(ENGINE)).extracting(StepAgent::name).doesNotHaveDuplicates();
    }

    @Test
    void diagnosisMatrixRanksTheTrueConditionAndEchoesTheReviewComment() {
        ObjectNode in = withIntake().put("reviewComment", "请考虑结核");
        StepResult r = run(AgentNames.DIAGNOSIS_MATRIX, in);
        JsonNode m = r.result();
        assertThat(m.path("rows").size()).isBetween(3, 10);
        assertThat(m.path("rows").toString()).contains(pneumonia.diagnosis());
        JsonNode first = m.path("rows").path(0);
        assertThat(first.path("icd10").asText()).isNotBlank();
        assertThat(first.path("name").path("zh").asText()).isNotBlank();
        assertThat(first.path("supporting").path(0).path("text").path("zh").asText()).isNotBlank();
        assertThat(m.path("nextStep").path("kind").asText()).isIn("escalate", "question", "exam", "review");
        assertThat(m.path("clinicianComment").asText()).isEqualTo("请考虑结核");
        assertThat(m.path("degraded").asBoolean()).isTrue();
        assertThat(m.path("degradedCode").asText()).isEqualTo("no-model");
    }

    @Test
    void withoutAnIntakeTheMatrixCannotDecide() {
        StepResult r = run(AgentNames.DIAGNOSIS_MATRIX, inputs().put("intakeSummary", "not json"));
        assertThat(r.outcome()).isEqualTo(StepResult.Outcome.CANNOT_DECIDE);
        assertThat(r.reason().zh()).contains("intakeSummary");
    }

    @Test
    void examPlanPutsUndemandingExamsFirstWithWhatTheySeparate() {
        JsonNode plan = run(AgentNames.EXAM_RECOMMENDER, withIntake()).result();
        JsonNode exams = plan.path("exams");
        assertThat(exams.size()).isPositive();
        for (JsonNode e : exams) {
            assertThat(e.path("deferred").asBoolean()).isFalse();
            assertThat(e.path("name").path("zh").asText()).isNotBlank();
            assertThat(e.path("whyNow").path("en").asText()).isNotBlank();
            assertThat(e.path("separates").size()).isPositive();
        }
        plan.path("deferred").forEach(e -> assertThat(e.path("deferred").asBoolean()).isTrue());
    }

    @Test
    void followUpPlanRoutesToADmnGroupAndGivesNoMedicationAdvice() {
        ObjectNode in = withIntake();
        in.set("diagnosisMatrix", run(AgentNames.DIAGNOSIS_MATRIX, withIntake()).result());
        StepResult r = run(AgentNames.FOLLOW_UP_PLANNER, in);
        assertThat(r.routing().get("conditionGroup")).isIn("hypertension", "diabetes", "copd", "asthma",
                "heart-failure", "respiratory-infection", ConditionGroups.OTHER);
        assertThat(r.routing().get("severity")).isIn("severe", "moderate", "mild");
        JsonNode plan = r.result();
        assertThat(plan.path("checkInQuestions").size()).isGreaterThan(1);
        plan.path("checkInQuestions").forEach(q -> assertThat(q.has("evidence")).isTrue());
        plan.path("returnAtOnce").forEach(q -> assertThat(q.path("evidence").isArray()).isTrue());
        ObjectNode advice = plan.deepCopy();
        advice.remove("scope");   // the one place that says there is no medication advice
        assertThat(advice.toString()).doesNotContainPattern("mg|剂量|每日\\d|片|服用");
        assertThat(ConditionGroups.of("Pneumonia")).isEqualTo("respiratory-infection");
        assertThat(ConditionGroups.of("Acute COPD exacerbation / infection")).isEqualTo("copd");
    }

    @Test
    void checkInOutcomesFollowRedFlagsWorseningAndImprovement() {
        ObjectNode plan = run(AgentNames.FOLLOW_UP_PLANNER, withIntake()).result();
        assertThat(checkIn(plan, "今天咳血了，痰里有血").routing()).containsEntry("checkInOutcome", "ESCALATE")
                .containsEntry("redFlagCode", "haemoptysis").containsEntry("redFlagSeverity", "severe");
        assertThat(checkIn(plan, "胸口痛，喘不上气").routing()).containsEntry("redFlagCode", "chest-pain-with-dyspnoea");
        StepResult worse = checkIn(plan, "咳嗽比上周更严重了");
        assertThat(worse.routing()).containsEntry("checkInOutcome", "NEEDS_VISIT");
        assertThat(worse.result().path("reasons").toString()).contains("更严重");
        assertThat(checkIn(plan, "没有好转").routing()).containsEntry("checkInOutcome", "NEEDS_VISIT");
        StepResult better = checkIn(plan, "{\"text\": \"好多了，没有发烧了\"}");
        assertThat(better.routing()).containsEntry("checkInOutcome", "STABLE");
        assertThat(better.result().path("reasons").toString()).contains("好多了");
        assertThat(checkIn(plan, "嗯").routing()).containsEntry("checkInOutcome", "NEEDS_VISIT");
    }

    static StepResult checkIn(ObjectNode plan, String report) {
        ObjectNode in = inputs().put("checkInReport", report).put("watchFor", "持续高热>3天、气促 Fever over 3 days, breathlessness");
        in.set("followUpPlan", plan);
        return run(AgentNames.CHECK_IN_ASSESSOR, in);
    }

    @Test
    void referralSummaryCarriesTheClinicalPictureAndNoIdentifiers() {
        IntakeInterviewer interviewer = new IntakeInterviewer(ENGINE, new LexicalEvidenceExtractor(ENGINE.knowledgeBase()));
        ObjectNode first = inputs().put("patientMessage", "我叫王建国，电话13812345678，身份证110101199003071234，咳嗽三天，发烧");
        first.set("patient", AgentFixtures.patient(52, "M"));
        ObjectNode namedIntake = interviewer.run(request(AgentNames.INTAKE_INTERVIEWER, first)).result();
        assertThat(namedIntake.toString()).contains("王建国");   // the intake keeps the patient's own words

        ObjectNode in = inputs().put("referralReason", "疑似肺炎，需影像学检查").put("urgency", "urgent");
        in.set("intakeSummary", namedIntake);
        ObjectNode matrixIn = inputs();
        matrixIn.set("intakeSummary", namedIntake);
        in.set("diagnosisMatrix", run(AgentNames.DIAGNOSIS_MATRIX, matrixIn).result());
        in.set("examPlan", run(AgentNames.EXAM_RECOMMENDER, matrixIn).result());
        JsonNode summary = run(AgentNames.REFERRAL_SUMMARIZER, in).result();
        assertThat(summary.path("referralReason").asText()).isEqualTo("疑似肺炎，需影像学检查");
        assertThat(summary.path("chiefComplaint").path("code").asText()).isEqualTo("E_201");
        assertThat(summary.path("keyPositive").toString()).contains("E_91");
        assertThat(summary.path("leadingCandidates").size()).isPositive();
        assertThat(summary.path("examsProposed").size()).isPositive();
        String text = summary.toString();
        for (String identifier : List.of("王建国", "13812345678", "110101199003071234", "clinic-a", "enc-1")) {
            assertThat(text).doesNotContain(identifier);
        }
    }

    @Test
    void everyAgentIsAPureFunctionOfItsInputs() {
        ObjectNode in = withIntake().put("reviewComment", "ok").put("checkInReport", "好多了");
        in.set("diagnosisMatrix", run(AgentNames.DIAGNOSIS_MATRIX, withIntake()).result());
        for (String agent : AgentNames.ALL) {
            if (agent.equals(AgentNames.INTAKE_INTERVIEWER)) continue;   // covered with whole interviews
            StepResult a = run(agent, in.deepCopy());
            StepResult b = new StepAgents(EngineAgents.all(ENGINE)).run(request(agent, in.deepCopy()));
            assertThat(a.result().toString()).as(agent).isEqualTo(b.result().toString());
            assertThat(a.routing()).as(agent).isEqualTo(b.routing());
        }
    }

    @Test
    void aFallingBackAgentCarriesItsOwnReason() {
        EngineAgent matrix = EngineAgents.allEngineAgents(ENGINE).get(2);
        StepResult r = matrix.run(request(AgentNames.DIAGNOSIS_MATRIX, withIntake()),
                new StepResult.Degradation("timeout", new com.yilian.agents.knowledge.Text("模型超时", "Model timed out")));
        assertThat(r.result().path("degradedCode").asText()).isEqualTo("timeout");
        assertThat(r.result().path("degradedReason").path("zh").asText()).isEqualTo("模型超时");
    }
}
