package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.baseline.EngineAgent;
import com.yilian.agents.baseline.Json;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 鉴别诊断矩阵: the engine agent's matrix, with the model's rationale per row for the clinician. Rows, order and
 * numbers stay the engine's; a candidate outside the knowledge base appears only as a marked suggestion.
 */
public final class DiagnosisMatrixAgent extends LlmStepAgent {

    public record RowNote(String conditionId, String rationaleZh, String rationaleEn, List<String> citedFindings) {}

    public record Suggestion(String nameZh, String nameEn, String reasonZh, String reasonEn) {}

    public record MatrixDraft(List<RowNote> rows, List<Suggestion> suggestions) {}

    public DiagnosisMatrixAgent(ModelRouter router, DiagnosticEngine engine, EngineAgent engineMatrix) {
        super(router, engine, engineMatrix);
    }

    @Override
    protected StepResult enrich(StepRequest request, StepResult grounded, ModelSession session, Corrections corrections) {
        ObjectNode result = grounded.result();
        PatientState state = intakeState(request);
        ArrayNode rows = (ArrayNode) result.get("rows");
        MatrixDraft draft = session.ask(MatrixDraft.class, "matrixDraft", Prompts.RULES, prompt(state, result),
                tools(state),
                (MatrixDraft d) -> d.rows() == null || d.rows().isEmpty() ? "rows are required" : null);

        Map<String, RowNote> notes = new HashMap<>();
        for (RowNote n : draft.rows()) {
            boolean inMatrix = false;
            for (JsonNode row : rows) inMatrix |= row.path("conditionId").asText().equals(n.conditionId());
            if (inMatrix) notes.put(n.conditionId(), n);
            else corrections.add("rows", String.valueOf(n.conditionId()), "-", "模型为矩阵之外的诊断写了说明，已忽略。",
                    "The model wrote about a condition outside the matrix; ignored.");
        }
        EvidenceCheck check = new EvidenceCheck(kb, corrections);
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = (ObjectNode) rows.get(i);
            RowNote note = notes.get(row.path("conditionId").asText());
            boolean holds = note != null && !Texts.blank(note.rationaleZh())
                    && check.findingsHold(note.citedFindings(), state, "rows[" + i + "].rationale");
            row.set("rationale", holds ? Json.text(note.rationaleZh(), Texts.orElse(note.rationaleEn(), ""))
                    : engineRationale(row));
            row.put("rationaleSource", holds ? "model" : "engine");
        }
        ArrayNode suggestions = result.putArray("suggestions");
        for (Suggestion s : draft.suggestions() == null ? List.<Suggestion>of() : draft.suggestions()) {
            if (Texts.blank(s.nameZh())) continue;
            ObjectNode o = suggestions.addObject();
            o.set("name", Json.text(s.nameZh(), Texts.orElse(s.nameEn(), "")));
            o.set("reason", Json.text(Texts.orElse(s.reasonZh(), ""), Texts.orElse(s.reasonEn(), "")));
            o.put("outsideKnowledgeBase", true);
        }
        return grounded;
    }

    private String prompt(PatientState state, ObjectNode matrix) {
        ObjectNode p = Prompts.task("为矩阵每一行写一句给医生的理由（rationaleZh/rationaleEn），citedFindings 列出理由中作为支持的阳性证据代码；"
                + "知识库之外值得考虑的诊断放入 suggestions。不要改动行的顺序或数值。"
                + " Write one rationale per row citing the supporting evidence codes; put diagnoses outside the "
                + "knowledge base in suggestions; keep the engine's order and numbers.");
        p.set("patient", Prompts.patient(kb, state));
        ArrayNode out = p.putArray("matrix");
        for (JsonNode row : matrix.path("rows")) {
            out.addObject().put("conditionId", row.path("conditionId").asText()).put("name", row.at("/name/zh").asText())
                    .put("probability", row.path("probability").asDouble()).put("severity", row.path("severity").asInt())
                    .put("supporting", Prompts.findings(row.path("supporting"))).put("opposing", Prompts.findings(row.path("opposing")))
                    .put("missing", Prompts.findings(row.path("missing")));
        }
        for (String field : List.of("examResults", "clinicianComment")) {
            if (matrix.hasNonNull(field)) p.put(field, matrix.get(field).asText());
        }
        return p.toPrettyString();
    }

    /** The rationale from the row's own findings, when the model's cannot be used. */
    static ObjectNode engineRationale(JsonNode row) {
        return Json.text("支持：" + Prompts.terms(row.path("supporting"), "zh") + "；反对：" + Prompts.terms(row.path("opposing"), "zh"),
                "Supporting: " + Prompts.terms(row.path("supporting"), "en") + "; opposing: " + Prompts.terms(row.path("opposing"), "en"));
    }
}
