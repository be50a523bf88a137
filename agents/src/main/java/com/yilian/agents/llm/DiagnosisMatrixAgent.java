package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosisMatrix;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.Finding;
import com.yilian.agents.engine.MatrixRow;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.tools.EngineTools;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import dev.langchain4j.agentic.Agent;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 鉴别诊断矩阵: the engine's matrix, with the model's rationale per row for the clinician. The order and the numbers
 * stay the engine's; a candidate outside the knowledge base appears only as a marked suggestion.
 */
public final class DiagnosisMatrixAgent extends LlmStepAgent {

    static final int ROWS_SHOWN = 8;

    public record RowNote(String conditionId, String rationaleZh, String rationaleEn, List<String> citedFindings) {}

    public record Suggestion(String nameZh, String nameEn, String reasonZh, String reasonEn) {}

    public record MatrixDraft(String leadingConditionId, List<RowNote> rows, List<Suggestion> suggestions) {}

    public interface MatrixWriter {
        @UserMessage("{{request}}")
        @Agent(description = "Explains each row of the diagnosis matrix for the clinician", outputKey = "matrixDraft")
        MatrixDraft write(@V("request") String request);
    }

    private final DiagnosticEngine engine;
    private final KnowledgeBase kb;
    private final PatientStates states;

    public DiagnosisMatrixAgent(ModelRouter router, DiagnosticEngine engine, Fallback fallback) {
        super(AgentNames.DIAGNOSIS_MATRIX, router, fallback);
        this.engine = engine;
        this.kb = engine.knowledgeBase();
        this.states = new PatientStates(kb);
    }

    @Override
    protected StepResult enrich(StepRequest request, ModelSession session) {
        PatientState state = states.read(request);
        DiagnosisMatrix m = engine.diagnosisMatrix(state);
        List<MatrixRow> rows = m.rows().subList(0, Math.min(ROWS_SHOWN, m.rows().size()));
        MatrixDraft draft = session.ask(MatrixWriter.class, "matrixDraft", Prompts.RULES, prompt(request, state, rows),
                new EngineTools(engine, state),
                (MatrixDraft d) -> d.rows() == null || d.rows().isEmpty() ? "rows are required" : null);

        Corrections corrections = new Corrections();
        EvidenceCheck check = new EvidenceCheck(kb, corrections);
        ObjectNode result = EngineJson.MAPPER.createObjectNode();
        ObjectNode matrix = (ObjectNode) EngineJson.tree(m);
        ArrayNode outRows = matrix.putArray("rows");
        Map<String, RowNote> notes = new HashMap<>();
        for (RowNote n : draft.rows()) {
            if (n.conditionId() != null && rows.stream().anyMatch(r -> r.conditionId().equals(n.conditionId()))) {
                notes.put(n.conditionId(), n);
            } else {
                corrections.add("rows", String.valueOf(n.conditionId()), "-", "模型为矩阵之外的诊断写了说明，已忽略。",
                        "The model wrote about a condition outside the matrix; ignored.");
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            MatrixRow row = rows.get(i);
            ObjectNode out = (ObjectNode) EngineJson.tree(row);
            RowNote note = notes.get(row.conditionId());
            boolean holds = note != null && !Texts.blank(note.rationaleZh())
                    && check.findingsHold(note.citedFindings(), state, "rows[" + i + "].rationale");
            out.set("rationale", holds ? EngineJson.text(note.rationaleZh(), Texts.orElse(note.rationaleEn(), ""))
                    : engineRationale(row));
            out.put("rationaleSource", holds ? "model" : "engine");
            outRows.add(out);
        }
        matrix.put("leadingConditionId", check.leading(draft.leadingConditionId(), engine.differential(state), "leadingConditionId"));
        ArrayNode suggestions = matrix.putArray("suggestions");
        for (Suggestion s : draft.suggestions() == null ? List.<Suggestion>of() : draft.suggestions()) {
            ObjectNode o = suggestions.addObject();
            o.set("name", EngineJson.text(s.nameZh(), Texts.orElse(s.nameEn(), "")));
            o.set("reason", EngineJson.text(Texts.orElse(s.reasonZh(), ""), Texts.orElse(s.reasonEn(), "")));
            o.put("outsideKnowledgeBase", true);
        }
        result.setAll(matrix);
        EngineJson.finish(result, session.model(), corrections);
        return StepResult.done(result, Map.of(), null);
    }

    private String prompt(StepRequest request, PatientState state, List<MatrixRow> rows) {
        ObjectNode p = EngineJson.MAPPER.createObjectNode();
        p.put("task", "为矩阵每一行写一句给医生的理由（rationaleZh/rationaleEn），citedFindings 列出理由中作为支持的阳性证据代码；"
                + "leadingConditionId 为首位诊断；知识库之外值得考虑的诊断放入 suggestions。"
                + " Write one rationale per row; cite the supporting evidence codes; name the leading candidate; "
                + "put diagnoses outside the knowledge base in suggestions.");
        p.set("patient", Prompts.patient(kb, state));
        ArrayNode r = p.putArray("matrix");
        for (MatrixRow row : rows) {
            ObjectNode o = r.addObject().put("conditionId", row.conditionId()).put("name", row.name().zh())
                    .put("probability", Math.round(row.probability() * 1000) / 1000.0).put("severity", row.severity());
            o.put("supporting", codes(row.supporting())).put("opposing", codes(row.opposing()))
                    .put("missing", codes(row.missing()));
        }
        String exams = request.text("examResults"), review = request.text("reviewComment");
        if (exams != null) p.put("examResults", exams);
        if (review != null) p.put("clinicianComment", review);
        return p.toPrettyString();
    }

    private static String codes(List<Finding> findings) {
        return findings.stream().limit(6).map(f -> f.evidenceCode() + " " + f.term().zh()).collect(Collectors.joining("；"));
    }

    static ObjectNode engineRationale(MatrixRow row) {
        return EngineJson.text("支持：" + terms(row.supporting(), true) + "；反对：" + terms(row.opposing(), true),
                "Supporting: " + terms(row.supporting(), false) + "; opposing: " + terms(row.opposing(), false));
    }

    private static String terms(List<Finding> findings, boolean zh) {
        if (findings.isEmpty()) return zh ? "无" : "none";
        return findings.stream().limit(5).map(f -> zh ? f.term().zh() : f.term().en()).collect(Collectors.joining(zh ? "、" : ", "));
    }
}
