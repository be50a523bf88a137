package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.ExamLadder;
import com.yilian.agents.engine.ExamRecommendation;
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

/** Exam recommendation: the engine's ladder (cheap and non-invasive first), with the model's why-now per exam. */
public final class ExamRecommender extends LlmStepAgent {

    static final int EXAMS_SHOWN = 6;

    public record ExamNote(String examId, String whyNowZh, String whyNowEn) {}

    public record ExamDraft(List<ExamNote> exams, String summaryZh, String summaryEn) {}

    public interface ExamWriter {
        @UserMessage("{{request}}")
        @Agent(description = "Explains why each exam of the ladder is due now", outputKey = "examDraft")
        ExamDraft write(@V("request") String request);
    }

    private final DiagnosticEngine engine;
    private final KnowledgeBase kb;
    private final PatientStates states;

    public ExamRecommender(ModelRouter router, DiagnosticEngine engine, Fallback fallback) {
        super(AgentNames.EXAM_RECOMMENDER, router, fallback);
        this.engine = engine;
        this.kb = engine.knowledgeBase();
        this.states = new PatientStates(kb);
    }

    @Override
    protected StepResult enrich(StepRequest request, ModelSession session) {
        PatientState state = states.read(request);
        ExamLadder ladder = engine.examLadder(state);
        List<ExamRecommendation> exams = ladder.exams().subList(0, Math.min(EXAMS_SHOWN, ladder.exams().size()));
        ExamDraft draft = session.ask(ExamWriter.class, "examDraft", Prompts.RULES, prompt(request, state, exams),
                new EngineTools(engine, state),
                (ExamDraft d) -> d.exams() == null || d.exams().isEmpty() ? "exams are required" : null);

        Corrections corrections = new Corrections();
        Map<String, ExamNote> notes = new HashMap<>();
        for (ExamNote n : draft.exams()) {
            if (exams.stream().anyMatch(e -> e.examId().equals(n.examId()))) notes.put(n.examId(), n);
            else corrections.add("exams", String.valueOf(n.examId()), "-", "模型提到了检查阶梯之外的检查，已忽略；检查顺序以引擎为准。",
                    "The model named an exam outside the ladder; ignored. The order is the engine's.");
        }
        ObjectNode result = (ObjectNode) EngineJson.tree(ladder);
        ArrayNode out = result.putArray("exams");
        for (ExamRecommendation e : exams) {
            ObjectNode o = (ObjectNode) EngineJson.tree(e);
            ExamNote n = notes.get(e.examId());
            boolean fromModel = n != null && !Texts.blank(n.whyNowZh());
            o.set("whyNow", fromModel ? EngineJson.text(n.whyNowZh(), Texts.orElse(n.whyNowEn(), e.why().en()))
                    : EngineJson.text(e.why()));
            o.put("whyNowSource", fromModel ? "model" : "engine");
            out.add(o);
        }
        if (!Texts.blank(draft.summaryZh())) {
            result.set("summary", EngineJson.text(draft.summaryZh(), Texts.orElse(draft.summaryEn(), "")));
        }
        EngineJson.finish(result, session.model(), corrections);
        return StepResult.done(result, Map.of(), null);
    }

    private String prompt(StepRequest request, PatientState state, List<ExamRecommendation> exams) {
        ObjectNode p = EngineJson.MAPPER.createObjectNode();
        p.put("task", "按引擎给出的顺序，为每项检查写一句“为何现在做”（whyNowZh/whyNowEn），说明它能区分哪些候选诊断；不要增删或调整顺序。"
                + " For each exam, in the engine's order, say why now and which candidates it separates; do not add, drop or reorder.");
        p.set("patient", Prompts.patient(kb, state));
        p.set("leadingCandidates", Prompts.leading(engine.differential(state), 5));
        ArrayNode e = p.putArray("ladder");
        for (ExamRecommendation x : exams) {
            e.addObject().put("examId", x.examId()).put("name", x.name().zh()).put("costCny", x.costCny())
                    .put("invasiveness", x.invasiveness()).put("deferred", x.deferred())
                    .put("separates", String.join(",", x.separates())).put("engineWhy", x.why().zh());
        }
        String results = request.text("examResults"), review = request.text("reviewComment");
        if (results != null) p.put("examResults", results);
        if (review != null) p.put("clinicianComment", review);
        return p.toPrettyString();
    }
}
