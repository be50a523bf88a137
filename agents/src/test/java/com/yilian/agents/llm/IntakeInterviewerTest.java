package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.baseline.EngineAgent;
import com.yilian.agents.baseline.Json;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import dev.langchain4j.exception.RateLimitException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static com.yilian.agents.llm.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

class IntakeInterviewerTest {

    /** A reply the engine's lexical reader cannot read as yes or no: only the model's reading records it. */
    private static final String VAGUE = "偶尔吧";

    private final TestModels t = new TestModels();
    private final EngineAgent engineInterviewer = Requests.engineAgent(AgentNames.INTAKE_INTERVIEWER);
    private final IntakeInterviewer agent = new IntakeInterviewer(t.router, Requests.ENGINE, engineInterviewer);

    private static ObjectNode patient() {
        return Json.object().put("age", 30).put("sex", "F");
    }

    private StepResult first() {
        return agent.run(request(AgentNames.INTAKE_INTERVIEWER, "patient", patient(), "patientMessage", "我咳嗽好几天了"));
    }

    private StepRequest reply(StepResult previous, String message) {
        return request(AgentNames.INTAKE_INTERVIEWER, "patient", patient(), "intakeSummary", previous.result(),
                "patientMessage", message);
    }

    @Test
    void fullInterviewReadsVagueRepliesAndPhrasesTheEnginesQuestionsUntilItStops() {
        t.model.otherwise(r -> IntakeTurns.isReading(r) ? IntakeTurns.reading(r, true) : IntakeTurns.phrasing());
        StepResult r = first();
        assertThat(r.result().at("/chiefComplaint/code").asText()).isEqualTo("E_201");
        int turns = 0;
        while (r.routing().get("intakeStatus").equals("ASKING") && turns++ < 40) {
            assertThat(r.degraded()).isFalse();
            assertThat(r.routing().get("nextQuestion")).isEqualTo(IntakeTurns.PHRASED);
            assertThat(r.result().at("/pendingQuestion/text/zh").asText()).isEqualTo(IntakeTurns.PHRASED);
            assertThat(r.result().at("/transcript").get(r.result().get("transcript").size() - 1).path("text").asText())
                    .isEqualTo(IntakeTurns.PHRASED);
            String code = r.result().at("/pendingQuestion/code").asText();
            StepRequest next = reply(r, VAGUE);
            // The engine alone cannot read the reply and would ask again; the model's reading records it.
            assertThat(engineInterviewer.run(next, null).result().at("/pendingQuestion/retries").asInt()).isEqualTo(1);
            r = agent.run(next);
            assertThat(r.result().at("/evidence/" + code + "/positive").asBoolean()).as(code).isTrue();
            assertThat(r.result().get("corrections")).isEmpty();
        }
        assertThat(turns).isGreaterThan(2).isLessThan(40);
        assertThat(r.routing().get("intakeStatus")).isIn("DONE", "RED_FLAG");
        assertThat(r.result().get("questionsAsked").asInt()).isEqualTo(turns);
        assertThat(r.result().at("/model/endpoint").asText()).isEqualTo("scheduler");
        // Each asking turn: read the reply, phrase the question; the last turn only reads. Every call is audited.
        assertThat(t.model.requests()).hasSize(2 * turns + 1);
        assertThat(t.audit).hasSize(t.model.requests().size()).allSatisfy(a -> {
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
    void anInterviewGoesOnWithEngineTurnsWhenTheQuotaRunsOutAndBackToTheModel() {
        AtomicBoolean quotaSpent = new AtomicBoolean();
        t.model.otherwise(r -> {
            if (quotaSpent.get()) throw new RateLimitException("429 Too Many Requests: tenant quota spent");
            return IntakeTurns.isReading(r) ? IntakeTurns.reading(r, false) : IntakeTurns.phrasing();
        });
        StepResult r = first();
        r = agent.run(reply(r, "没有"));
        assertThat(r.degraded()).isFalse();
        int asked = r.result().get("questionsAsked").asInt();
        int said = r.result().get("transcript").size();

        quotaSpent.set(true);
        StepRequest engineTurn = reply(r, "没有");
        StepResult degraded = agent.run(engineTurn);
        assertThat(degraded.degradation().code()).isEqualTo("quota-exhausted");
        assertThat(degraded.result()).isEqualTo(engineInterviewer.run(engineTurn, degraded.degradation()).result());
        assertThat(degraded.result().get("questionsAsked").asInt()).isEqualTo(asked + 1);
        assertThat(degraded.result().get("transcript")).hasSize(said + 2);

        quotaSpent.set(false);
        StepResult back = agent.run(reply(degraded, "没有"));
        assertThat(back.degraded()).isFalse();
        assertThat(back.result().get("questionsAsked").asInt()).isEqualTo(asked + 2);
        assertThat(back.result().get("transcript")).hasSize(said + 4);
        assertThat(back.result().get("evidence").size()).isEqualTo(degraded.result().get("evidence").size() + 1);
        assertThat(back.result().at("/transcript/" + (said + 1) + "/text").asText())
                .isEqualTo(degraded.result().at("/pendingQuestion/text/zh").asText());
        assertThat(back.routing().get("nextQuestion")).isEqualTo(IntakeTurns.PHRASED);
    }

    @Test
    void unknownCodesAndReadingsAgainstThePatientsWordsAreCorrected() {
        t.model.otherwise(r -> IntakeTurns.isReading(r) ? IntakeTurns.reading(r, false) : IntakeTurns.phrasing());
        StepResult r = first();
        String code = r.result().at("/pendingQuestion/code").asText();
        // The patient says no; the model claims yes and adds a code the knowledge base does not have.
        t.model.then("{\"findings\":[{\"code\":\"" + code + "\",\"positive\":true},{\"code\":\"E_99999\",\"positive\":true}]}");
        StepResult next = agent.run(reply(r, "没有"));

        assertThat(next.degraded()).isFalse();
        assertThat(next.result().at("/evidence/" + code + "/positive").asBoolean()).isFalse();
        assertThat(next.result().path("evidence").has("E_99999")).isFalse();
        JsonNode corrections = next.result().get("corrections");
        assertThat(corrections.findValuesAsText("field")).contains("evidence." + code, "evidence");
        assertThat(corrections.findValuesAsText("modelSaid")).contains("E_99999");
        assertThat(corrections.findValuesAsText("kept")).contains("no");
    }

    @Test
    void aReplyThatRaisesARedFlagEndsTheInterviewAtOnce() {
        t.model.otherwise(r -> IntakeTurns.isReading(r) ? IntakeTurns.reading(r, true) : IntakeTurns.phrasing());
        JsonNode summary = Requests.json("""
                {"patient":{"age":52,"sex":"M"},"chiefComplaint":{"code":"E_201","patientWords":"咳嗽"},
                 "evidence":{"E_201":{"positive":true,"values":[]}},
                 "pendingQuestion":{"kind":"evidence","code":"E_45","retries":0},"questionsAsked":1,"transcript":[]}""");
        StepRequest request = request(AgentNames.INTAKE_INTERVIEWER, "intakeSummary", summary,
                "patientMessage", "咳出来的痰里有血丝");
        StepResult r = agent.run(request);

        assertThat(r.degraded()).isFalse();
        assertThat(r.result().at("/evidence/E_45/positive").asBoolean()).isTrue();
        assertThat(r.routing()).containsEntry("intakeStatus", "RED_FLAG").containsEntry("redFlagCode", "haemoptysis")
                .doesNotContainKey("nextQuestion");
        assertThat(r.routing()).isEqualTo(engineInterviewer.run(request, null).routing());
        assertThat(r.result().get("pendingQuestion").isNull()).isTrue();
        assertThat(t.model.requests()).singleElement()
                .satisfies(call -> assertThat(ScriptedChatModel.lastUserText(call)).contains("咳出来的痰里有血丝"));
    }
}
