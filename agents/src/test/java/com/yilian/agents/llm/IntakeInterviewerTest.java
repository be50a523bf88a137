package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepResult;
import org.junit.jupiter.api.Test;

import static com.yilian.agents.llm.Requests.patient;
import static com.yilian.agents.llm.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

class IntakeInterviewerTest {

    private static final String TURN = """
            {"questionZh":"请问您最近有没有这个情况？","questionEn":"Have you had this lately?",
             "summaryZh":"患者流涕。","summaryEn":"Runny nose.","reportedFindings":["E_181"]}""";

    @Test
    void fullInterviewAsksEngineQuestionsInTheModelsWordsUntilItStops() {
        TestModels t = new TestModels();
        int[] turn = {0};
        t.model.otherwise(r -> {
            String user = ScriptedChatModel.lastUserText(r);
            if (!user.contains("patientReply")) return TURN;
            boolean yes = user.contains("\"patientReply\" : \"有\"") && !user.contains("allowedValues");
            return "{\"answer\":\"" + (yes ? "yes" : "no") + "\",\"values\":[]}";
        });
        Fallbacks fallbacks = new Fallbacks();
        IntakeInterviewer agent = new IntakeInterviewer(t.router, Fallbacks.ENGINE, fallbacks.engineOnly());

        StepResult r = agent.run(request(AgentNames.INTAKE_INTERVIEWER, "patient", patient(30, "F", "E_181")));
        int answered = 1;
        while (r.routing().get("intakeStatus").equals("ASKING") && turn[0]++ < 40) {
            ObjectNode summary = r.result();
            assertThat(r.degraded()).isFalse();
            assertThat(r.routing().get("nextQuestion")).isEqualTo("请问您最近有没有这个情况？");
            assertThat(summary.at("/pendingQuestion/evidenceCode").asText()).startsWith("E_");
            assertThat(summary.get("answers").size()).isEqualTo(answered);
            r = agent.run(request(AgentNames.INTAKE_INTERVIEWER, "intakeSummary", summary,
                    "patientMessage", turn[0] <= 2 ? "有" : "没有"));
            answered++;
        }
        assertThat(turn[0]).isGreaterThan(2).isLessThan(40);
        assertThat(r.routing().get("intakeStatus")).isIn("DONE", "RED_FLAG");
        assertThat(r.result().get("answers").size()).isEqualTo(answered);
        assertThat(r.result().get("corrections")).isEmpty();
        assertThat(fallbacks.used).isEmpty();
        // Every turn but the first made two calls (read the reply, phrase the next question); each was audited.
        assertThat(t.model.requests()).hasSize(2 * answered - 1);
        assertThat(t.audit).hasSize(t.model.requests().size());
        assertThat(t.audit).allSatisfy(a -> {
            assertThat(a.tenantId()).isEqualTo("community-a");
            assertThat(a.agent()).isEqualTo(AgentNames.INTAKE_INTERVIEWER);
            assertThat(a.encounterId()).isEqualTo("enc-42");
            assertThat(a.endpoint()).isEqualTo("scheduler");
            assertThat(a.dataClass()).isEqualTo("phi");
            assertThat(a.model()).isEqualTo("scripted");
            assertThat(a.inputTokens()).isPositive();
            assertThat(a.outputTokens()).isPositive();
            assertThat(a.promptSha256()).matches("[0-9a-f]{64}");
            assertThat(a.outcome()).isEqualTo("ok");
        });
        assertThat(t.headers.getFirst()).containsEntry("X-Yilian-Data-Class", "phi")
                .containsEntry("X-Yilian-Priority", "interactive");
    }

    @Test
    void aReplyThatRaisesARedFlagEndsTheInterviewAtOnce() {
        TestModels t = new TestModels();
        t.model.then("{\"answer\":\"yes\",\"values\":[]}", TURN);
        IntakeInterviewer agent = new IntakeInterviewer(t.router, Fallbacks.ENGINE, new Fallbacks().engineOnly());
        var summary = Requests.json("""
                {"patient":{"age":52,"sex":"M"},"chiefComplaint":"E_201","answers":{"E_201":true},
                 "pendingQuestion":{"evidenceCode":"E_45"}}""");

        StepResult r = agent.run(request(AgentNames.INTAKE_INTERVIEWER, "intakeSummary", summary,
                "patientMessage", "咳出来的痰里有血丝"));

        assertThat(r.result().at("/answers/E_45").asBoolean()).isTrue();
        assertThat(r.result().at("/lastAnswer/patientMessage").asText()).isEqualTo("咳出来的痰里有血丝");
        assertThat(r.result().at("/lastAnswer/recorded").asBoolean()).isTrue();
        assertThat(r.routing()).containsEntry("intakeStatus", "RED_FLAG").containsEntry("redFlagCode", "haemoptysis")
                .containsEntry("redFlagSeverity", "critical").doesNotContainKey("nextQuestion");
        assertThat(r.result().has("pendingQuestion")).isFalse();
        assertThat(ScriptedChatModel.lastUserText(t.model.requests().getFirst())).contains("咳出来的痰里有血丝");
    }
}
