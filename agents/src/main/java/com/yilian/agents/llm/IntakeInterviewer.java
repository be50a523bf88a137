package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.InterviewStep;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.engine.QuestionChoice;
import com.yilian.agents.engine.RedFlagAlert;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.tools.EngineTools;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import dev.langchain4j.agentic.Agent;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 预问诊: each turn the model reads the patient's reply to the pending question, the engine updates the differential
 * and picks the next question, and the model phrases it in plain Chinese. The engine decides what to ask and when to
 * stop; a red flag ends the interview at once.
 */
public final class IntakeInterviewer extends LlmStepAgent {

    /** How the model read the patient's reply. @param answer yes, no or unclear */
    public record AnswerReading(String answer, List<String> values) {}

    /** The next question in plain words and the summary so far. */
    public record IntakeTurn(String questionZh, String questionEn, String summaryZh, String summaryEn,
                             List<String> reportedFindings) {}

    public interface ReplyReader {
        @UserMessage("{{request}}")
        @Agent(description = "Reads the patient's reply to one intake question", outputKey = "answerReading")
        AnswerReading read(@V("request") String request);
    }

    public interface TurnWriter {
        @UserMessage("{{request}}")
        @Agent(description = "Phrases the next intake question and summarises the intake", outputKey = "intakeTurn")
        IntakeTurn write(@V("request") String request);
    }

    private final DiagnosticEngine engine;
    private final KnowledgeBase kb;
    private final PatientStates states;

    public IntakeInterviewer(ModelRouter router, DiagnosticEngine engine, Fallback fallback) {
        super(AgentNames.INTAKE_INTERVIEWER, router, fallback);
        this.engine = engine;
        this.kb = engine.knowledgeBase();
        this.states = new PatientStates(kb);
    }

    @Override
    protected StepResult enrich(StepRequest request, ModelSession session) {
        PatientState state = states.read(request);
        Corrections corrections = new Corrections();
        JsonNode pending = request.input("intakeSummary") == null ? null
                : request.input("intakeSummary").path("pendingQuestion").path("evidenceCode");
        String pendingCode = pending == null || pending.isMissingNode() || pending.isNull() ? null : pending.asText();
        String message = request.text("patientMessage");
        boolean replied = pendingCode != null && message != null;
        if (replied) {
            if (!kb.hasEvidence(pendingCode)) {
                throw new IllegalArgumentException("intakeSummary.pendingQuestion.evidenceCode: unknown evidence code '"
                        + pendingCode + "'");
            }
            state = readReply(session, state, kb.evidence(pendingCode), message, corrections);
        }
        InterviewStep step = engine.step(state);
        QuestionChoice q = step.finished() || !step.redFlags().isEmpty() ? null : step.question();
        IntakeTurn turn = session.ask(TurnWriter.class, "intakeTurn", Prompts.RULES, turnPrompt(state, step, q),
                new EngineTools(engine, state),
                (IntakeTurn t) -> q != null && Texts.blank(t.questionZh()) ? "questionZh is required while asking" : null);
        StepResult result = result(state, step, q, turn, corrections, session);
        if (replied) {
            // The clinician sees what the patient said next to how it was recorded.
            ObjectNode last = result.result().putObject("lastAnswer").put("evidenceCode", pendingCode)
                    .put("patientMessage", message);
            if (state.asked(pendingCode)) last.set("recorded", result.result().at("/answers/" + pendingCode));
            else last.put("recorded", "unclear");
        }
        return result;
    }

    private PatientState readReply(ModelSession session, PatientState state, Evidence e, String message,
                                   Corrections corrections) {
        ObjectNode prompt = EngineJson.MAPPER.createObjectNode();
        prompt.put("task", "判断患者的回答是“是”(yes)、“否”(no) 还是无法判断(unclear)；选择题另给出所选值代码 values。"
                + " Read the reply: answer yes|no|unclear; for choice questions list the chosen value codes.");
        prompt.put("question", e.question().zh()).put("evidenceCode", e.code()).put("patientReply", message);
        if (e.type() != EvidenceType.BINARY) {
            ObjectNode values = prompt.putObject("allowedValues");
            e.values().forEach(v -> values.put(v, e.valueText(v).zh()));
        }
        AnswerReading r = session.ask(ReplyReader.class, "answerReading", Prompts.RULES, prompt.toPrettyString(),
                new EngineTools(engine, state),
                (AnswerReading a) -> a.answer() == null || !Set.of("yes", "no", "unclear").contains(a.answer())
                        ? "answer must be yes, no or unclear" : null);
        if ("unclear".equals(r.answer())) return state;
        if (e.type() == EvidenceType.BINARY) return state.with(e.code(), Answer.of("yes".equals(r.answer())));
        Set<String> chosen = new LinkedHashSet<>();
        for (String v : r.values() == null ? List.<String>of() : r.values()) {
            if (e.values().contains(v)) chosen.add(v);
            else corrections.add("lastAnswer.values", v, String.join(",", e.values()),
                    "模型给出了该问题不存在的选项，已忽略。", "The model chose a value the question does not have; ignored.");
        }
        if ("yes".equals(r.answer()) && chosen.isEmpty()) return state; // asked again: nothing usable was said
        return state.with(e.code(), Answer.values("no".equals(r.answer()) ? Set.of() : chosen, e.defaultValue()));
    }

    private String turnPrompt(PatientState state, InterviewStep step, QuestionChoice q) {
        ObjectNode p = EngineJson.MAPPER.createObjectNode();
        p.put("task", q != null
                ? "把引擎选定的下一个问题改写成患者易懂、亲切的一句中文问话（含英文），并总结目前的问诊；reportedFindings 列出总结中提到的阳性证据代码。"
                  + " Rephrase the engine's next question for the patient; summarise; list the evidence codes your summary reports."
                : "问诊已结束，请总结问诊（中文和英文）；reportedFindings 列出总结中提到的阳性证据代码。"
                  + " The interview is over: summarise it; list the evidence codes your summary reports.");
        p.set("patient", Prompts.patient(kb, state));
        p.set("leadingCandidates", Prompts.leading(step.differential(), 5));
        p.set("redFlags", EngineJson.tree(step.redFlags()));
        if (q != null) p.putObject("nextQuestion").put("evidenceCode", q.evidenceCode())
                .put("question", q.question().zh()).put("term", q.term().zh()).put("why", q.reason().zh());
        return p.toPrettyString();
    }

    private StepResult result(PatientState state, InterviewStep step, QuestionChoice q, IntakeTurn turn,
                              Corrections corrections, ModelSession session) {
        ObjectNode r = EngineJson.MAPPER.createObjectNode();
        r.put("knowledgeBaseVersion", step.knowledgeBaseVersion());
        PatientStates.write(state, r);
        String status = !step.redFlags().isEmpty() ? "RED_FLAG" : q != null ? "ASKING" : "DONE";
        r.put("status", status);
        Map<String, String> routing = new LinkedHashMap<>();
        routing.put("intakeStatus", status);
        if (q != null) {
            ObjectNode pq = r.putObject("pendingQuestion").put("evidenceCode", q.evidenceCode());
            pq.set("question", EngineJson.text(q.question()));
            pq.set("phrasing", EngineJson.text(turn.questionZh(), Texts.orElse(turn.questionEn(), q.question().en())));
            pq.set("why", EngineJson.text(q.reason()));
            routing.put("nextQuestion", turn.questionZh());
        }
        if (!step.redFlags().isEmpty()) {
            RedFlagAlert f = step.redFlags().get(0);
            routing.put("redFlagCode", f.id());
            routing.put("redFlagSeverity", severity(f));
        }
        r.set("summary", summary(state, turn, corrections));
        r.set("differential", Prompts.leading(step.differential(), 5));
        r.set("redFlags", EngineJson.tree(step.redFlags()));
        EngineJson.finish(r, session.model(), corrections);
        return StepResult.done(r, routing, null);
    }

    /** The model's summary, unless it reports findings the engine does not know or the patient denied. */
    private ObjectNode summary(PatientState state, IntakeTurn turn, Corrections corrections) {
        boolean contradicted = false;
        for (String code : turn.reportedFindings() == null ? List.<String>of() : turn.reportedFindings()) {
            if (!kb.hasEvidence(code)) {
                contradicted = true;
                corrections.add("summary", code, "-", "总结引用了知识库中不存在的证据代码，已改用引擎生成的总结。",
                        "The summary cited an evidence code unknown to the knowledge base; replaced by the engine's summary.");
            } else if (state.asked(code) && !state.isPositive(code)) {
                contradicted = true;
                corrections.add("summary", code + " " + kb.evidence(code).term().zh(), "denied",
                        "总结称患者有“" + kb.evidence(code).term().zh() + "”，但患者已否认；已改用引擎生成的总结。",
                        "The summary reported '" + kb.evidence(code).term().en()
                                + "', which the patient denied; replaced by the engine's summary.");
            }
        }
        if (!contradicted && !Texts.blank(turn.summaryZh())) return EngineJson.text(turn.summaryZh(), Texts.orElse(turn.summaryEn(), ""));
        return EngineJson.text("已报告：" + String.join("、", Prompts.findingTerms(kb, state, true, true))
                        + "；否认：" + String.join("、", Prompts.findingTerms(kb, state, false, true)),
                "Reported: " + String.join(", ", Prompts.findingTerms(kb, state, true, false))
                        + "; denied: " + String.join(", ", Prompts.findingTerms(kb, state, false, false)));
    }

    /** Finding red flags are critical; a condition's by its DDXPlus severity (see workflows/README.md). */
    private String severity(RedFlagAlert f) {
        if (!f.kind().equals("condition")) return "critical";
        return switch (kb.condition(f.id()).severity()) {
            case 1 -> "critical";
            case 2 -> "severe";
            case 3 -> "moderate";
            default -> "mild";
        };
    }

}
