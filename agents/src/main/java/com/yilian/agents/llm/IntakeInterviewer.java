package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.baseline.EngineAgent;
import com.yilian.agents.baseline.EvidenceExtractor;
import com.yilian.agents.baseline.EvidenceExtractor.Mention;
import com.yilian.agents.baseline.IntakeInput;
import com.yilian.agents.baseline.Json;
import com.yilian.agents.baseline.LexicalEvidenceExtractor;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 预问诊 with a model: the model reads the patient's free text into evidence codes (checked against the engine's own
 * reading) and phrases the next question naturally; the engine interviewer does everything else. The state stored is
 * the engine interviewer's {@code intakeSummary}, so model turns and engine turns can follow each other in any order.
 */
public final class IntakeInterviewer extends LlmStepAgent {

    public record Phrasing(String questionZh, String questionEn) {}

    private final EvidenceExtractor lexical;
    private final ModelEvidenceReader reader;

    public IntakeInterviewer(ModelRouter router, DiagnosticEngine engine, EngineAgent engineInterviewer) {
        super(router, engine, engineInterviewer);
        this.lexical = new LexicalEvidenceExtractor(kb);
        this.reader = new ModelEvidenceReader(kb);
    }

    @Override
    protected StepResult ground(StepRequest request, ModelSession session, Corrections corrections) {
        String message = request.text("patientMessage");
        if (message == null) return engineAgent.run(request, null);
        ObjectNode before = Json.objectInput(request.input("intakeSummary"));
        Evidence pending = pendingEvidence(before);
        Map<String, Boolean> answered = new LinkedHashMap<>();
        if (before != null) before.path("evidence").properties()
                .forEach(e -> answered.put(e.getKey(), e.getValue().path("positive").asBoolean()));
        List<Mention> read = reader.read(session, message, pending, tools(IntakeInput.state(kb, before)), corrections);
        EvidenceExtractor checked = new CheckedEvidenceExtractor(lexical, read, pending, message, answered, corrections);
        // The engine interviewer, reading with the model's help: the turn's logic and state stay exactly its own.
        return new com.yilian.agents.baseline.IntakeInterviewer(engine, checked).run(request, null);
    }

    @Override
    protected StepResult enrich(StepRequest request, StepResult grounded, ModelSession session, Corrections corrections) {
        ObjectNode result = grounded.result();
        JsonNode pendingText = result.path("pendingQuestion").path("text");
        if (!pendingText.isObject()) return grounded;   // done or red flag: nothing left to ask
        ObjectNode p = Prompts.task("把问诊引擎选定的问题改写成一句亲切、口语化、患者易懂的中文问话（questionZh），并给出英文（questionEn）；"
                + "不要改变问题的意思，不要加入诊断或用药内容。"
                + " Rephrase the engine's question for the patient, same meaning, no diagnosis or medication.");
        p.set("engineQuestion", pendingText.deepCopy());
        String code = result.path("pendingQuestion").path("code").asText(null);
        if (code != null && kb.hasEvidence(code)) p.put("clinicalTerm", kb.evidence(code).term().zh());
        String message = request.text("patientMessage");
        if (message != null) p.put("patientLastMessage", message);
        Phrasing phrasing = session.ask(Phrasing.class, "phrasing", Prompts.RULES, p.toPrettyString(),
                tools(IntakeInput.state(kb, result)),
                (Phrasing x) -> Texts.blank(x.questionZh()) ? "questionZh is required" : null);

        String zh = phrasing.questionZh().strip();
        ((ObjectNode) result.get("pendingQuestion")).set("text",
                Json.text(zh, Texts.orElse(phrasing.questionEn(), pendingText.path("en").asText())));
        ArrayNode transcript = (ArrayNode) result.get("transcript");
        JsonNode last = transcript.isEmpty() ? null : transcript.get(transcript.size() - 1);
        if (last != null && "interviewer".equals(last.path("role").asText())) ((ObjectNode) last).put("text", zh);
        Map<String, String> routing = new LinkedHashMap<>(grounded.routing());
        routing.put("nextQuestion", zh);
        return StepResult.done(result, routing, null);
    }

    private Evidence pendingEvidence(ObjectNode summary) {
        JsonNode q = summary == null ? null : summary.get("pendingQuestion");
        String code = q == null || !"evidence".equals(q.path("kind").asText()) ? null : q.path("code").asText(null);
        return code != null && kb.hasEvidence(code) ? kb.evidence(code) : null;
    }
}
