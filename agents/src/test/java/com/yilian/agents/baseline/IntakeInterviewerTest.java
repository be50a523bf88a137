package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.eval.DdxPatient;
import com.yilian.agents.step.StepResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.yilian.agents.baseline.AgentFixtures.ENGINE;
import static com.yilian.agents.baseline.AgentFixtures.inputs;
import static com.yilian.agents.baseline.AgentFixtures.patient;
import static com.yilian.agents.baseline.AgentFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/** The intake interviewer on the engine: whole interviews in Chinese, negation, open question, red flags. */
class IntakeInterviewerTest {

    static final Set<String> DMN_RED_FLAG_CODES = Set.of("chest-pain-with-dyspnoea", "chest-pain-at-rest", "syncope",
            "stridor", "allergen-with-dyspnoea", "ebola-contact", "Anaphylaxis", "Larygospasm", "Possible NSTEMI / STEMI",
            "Acute pulmonary edema", "Pulmonary embolism", "Spontaneous pneumothorax", "Boerhaave", "Epiglottitis",
            "Unstable angina", "Ebola", "haemoptysis", "haematemesis", "Guillain-Barré syndrome", "Myocarditis");

    /** The default reader: lexical, then the in-process Chinese embedding model. */
    final IntakeInterviewer agent = new IntakeInterviewer(ENGINE, EngineAgents.defaultExtractor(ENGINE));
    final IntakeInterviewer lexicalOnly = new IntakeInterviewer(ENGINE, new LexicalEvidenceExtractor(ENGINE.knowledgeBase()));

    static StepResult firstTurn(IntakeInterviewer agent, int age, String sex, String message) {
        ObjectNode in = inputs();
        in.set("patient", patient(age, sex));
        in.put("patientMessage", message);
        return agent.run(request("intake-interviewer", in));
    }

    @Test
    void chineseInterviewsOfDevPatientsEndWithTheTrueConditionInTheTopThree() throws Exception {
        topThreeRate("lexical + embedding", agent);
        topThreeRate("lexical only", lexicalOnly);
    }

    private static void topThreeRate(String reader, IntakeInterviewer agent) throws Exception {
        List<DdxPatient> all = AgentFixtures.devPatients();
        List<DdxPatient> sample = new ArrayList<>();
        int size = Integer.getInteger("intake.sample", 50);   // -Dintake.sample=N for a larger measurement
        for (int i = 0; i < all.size() && sample.size() < size; i += Math.max(1, all.size() / size)) sample.add(all.get(i));
        int top3 = 0, redFlag = 0, questions = 0;
        for (DdxPatient p : sample) {
            StepResult r = AgentFixtures.interview(agent, p);
            String status = r.routing().get("intakeStatus");
            assertThat(status).as("patient on line %d", p.line()).isIn("DONE", "RED_FLAG");
            assertThat(r.degraded()).isTrue();
            if ("RED_FLAG".equals(status)) {
                redFlag++;
                assertThat(DMN_RED_FLAG_CODES).contains(r.routing().get("redFlagCode"));
                assertThat(r.routing().get("redFlagSeverity")).isIn("critical", "severe", "moderate", "mild");
            }
            questions += r.result().path("questionsAsked").asInt();
            for (JsonNode c : r.result().path("differentialPreview").path("candidates")) {
                if (c.path("conditionId").asText().equals(p.diagnosis())) { top3++; break; }
            }
        }
        double rate = top3 / (double) sample.size();
        System.out.printf("Chinese intake interviews (%s): %d patients, true condition in top 3: %.2f, red flags: %d, "
                + "questions per interview: %.1f%n", reader, sample.size(), rate, redFlag, questions / (double) sample.size());
        assertThat(rate).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void negatedFindingsAreRecordedAsNegative() {
        StepResult r = firstTurn(agent, 30, "F", "我咳嗽三天了，没有发烧，也不喘。");
        JsonNode s = r.result();
        assertThat(s.path("chiefComplaint").path("code").asText()).isEqualTo("E_201");
        assertThat(s.path("evidence").path("E_91").path("positive").asBoolean(true)).isFalse();
        assertThat(s.path("evidence").path("E_66").path("positive").asBoolean(true)).isFalse();
        LexicalEvidenceExtractor x = new LexicalEvidenceExtractor(ENGINE.knowledgeBase());
        assertThat(x.extract("否认胸痛")).singleElement().satisfies(m -> assertThat(m.positive()).isFalse());
        assertThat(x.extract("I have a cough but no fever")).extracting(m -> m.code() + ":" + m.positive())
                .containsExactly("E_201:true", "E_91:false");
        assertThat(x.extract("不停地咳嗽")).singleElement().satisfies(m -> assertThat(m.positive()).isTrue());
    }

    @Test
    void anUnknownFirstMessageGetsTheOpenQuestionAndTheInterviewNeverStalls() {
        StepResult r = firstTurn(agent, 50, "M", "你好 ？？ 12345 %%%");
        assertThat(r.routing()).containsEntry("intakeStatus", "ASKING")
                .containsEntry("nextQuestion", IntakeInterviewer.OPEN_QUESTION.zh());
        assertThat(r.result().path("pendingQuestion").path("kind").asText()).isEqualTo("open");
        for (int i = 0; i < 3 && r.result().path("pendingQuestion").path("kind").asText().equals("open"); i++) {
            ObjectNode next = inputs();
            next.set("intakeSummary", r.result());
            next.put("patientMessage", "说不清楚");
            r = agent.run(request("intake-interviewer", next));
        }
        // After the open questions the engine asks its own questions rather than repeating itself.
        assertThat(r.result().path("pendingQuestion").path("kind").asText()).isEqualTo("evidence");
        assertThat(r.routing().get("nextQuestion")).isNotBlank();
    }

    @Test
    void aRedFlagAnswerStopsTheInterviewWithACodeTheDmnKnows() {
        StepResult r = firstTurn(agent, 60, "M", "我胸口痛");
        assertThat(r.routing()).containsEntry("intakeStatus", "ASKING");
        ObjectNode next = inputs();
        next.set("intakeSummary", r.result());
        next.put("patientMessage", "昨天还晕倒过一次");
        r = agent.run(request("intake-interviewer", next));
        assertThat(r.routing()).containsEntry("intakeStatus", "RED_FLAG");
        // The most severe flag routes (a plausible emergency condition may outrank the finding); the DMN knows both.
        assertThat(DMN_RED_FLAG_CODES).contains(r.routing().get("redFlagCode"));
        assertThat(r.routing().get("redFlagSeverity")).isIn("critical", "severe");
        assertThat(r.result().path("evidence").path("E_159").path("positive").asBoolean()).isTrue();
        assertThat(r.result().path("redFlags").toString()).contains("syncope");
    }

    @Test
    void parsesScalesValuesAndHistoryPhrases() {
        var kb = ENGINE.knowledgeBase();
        assertThat(AnswerParser.parse(kb.evidence("E_56"), "大概七分吧", List.of()).values()).containsExactly("7");
        assertThat(AnswerParser.parse(kb.evidence("E_56"), "10", List.of()).values()).containsExactly("10");
        assertThat(AnswerParser.parse(kb.evidence("E_55"), "左侧胸部、上胸部", List.of()).values())
                .containsExactlyInAnyOrder("V_56", "V_101");
        assertThat(AnswerParser.parse(kb.evidence("E_91"), "没有", List.of()).positive()).isFalse();
        assertThat(AnswerParser.parse(kb.evidence("E_91"), "嗯", List.of()).positive()).isTrue();
        assertThat(AnswerParser.parse(kb.evidence("E_91"), "我不知道", List.of())).isNull();
        assertThat(AnswerParser.parse(kb.evidence("E_91"), "天气挺好", List.of())).isNull();
        assertThat(HistoryPhrases.medications("我在吃阿司匹林，对青霉素过敏")).containsExactly("阿司匹林");
        assertThat(HistoryPhrases.allergies("我在吃阿司匹林，对青霉素过敏")).containsExactly("青霉素");
    }

    @Test
    void anUnclearReplyIsAskedOnceMoreThenRecordedAsUnclear() {
        StepResult r = firstTurn(agent, 35, "F", "我咳嗽");
        String code = r.result().path("pendingQuestion").path("code").asText();
        StepResult again = reply(r, "天气挺好");
        assertThat(again.result().path("pendingQuestion").path("code").asText()).isEqualTo(code);
        assertThat(again.routing().get("nextQuestion")).startsWith(IntakeInterviewer.NOT_UNDERSTOOD.zh());
        assertThat(again.result().path("questionsAsked").asInt()).isEqualTo(r.result().path("questionsAsked").asInt());
        StepResult moved = reply(again, "天气挺好");
        assertThat(moved.result().path("evidence").path(code).path("unclear").asBoolean()).isTrue();
        assertThat(moved.result().path("pendingQuestion").path("code").asText()).isNotEqualTo(code);
    }

    private StepResult reply(StepResult previous, String message) {
        ObjectNode next = inputs();
        next.set("intakeSummary", previous.result());
        next.put("patientMessage", message);
        return agent.run(request("intake-interviewer", next));
    }

    @Test
    void oddTextNeverBreaksTheInterview() {
        List<String> odd = List.of("", "   ", "😀😀😀", "没没没不不不有有有", "NO YES no yes 10 十 一百",
                "我".repeat(5000), "{\"json\": true}", "（）()、，,。", "I feel pain in my chest and I am short of breath");
        StepResult r = firstTurn(agent, 40, "F", "我发烧");
        for (String text : odd) {
            r = reply(r, text);
            assertThat(r.routing().get("intakeStatus")).isIn("ASKING", "DONE", "RED_FLAG");
        }
        assertThat(r.result().path("transcript").size()).isGreaterThan(odd.size());
    }

    @Test
    void sameInputsGiveIdenticalJson() throws Exception {
        DdxPatient p = AgentFixtures.devPatients().get(3);
        StepResult a = AgentFixtures.interview(agent, p);
        StepResult b = AgentFixtures.interview(new IntakeInterviewer(ENGINE, EngineAgents.defaultExtractor(ENGINE)), p);
        assertThat(a.result().toString()).isEqualTo(b.result().toString());
        assertThat(a.routing()).isEqualTo(b.routing());
    }
}
