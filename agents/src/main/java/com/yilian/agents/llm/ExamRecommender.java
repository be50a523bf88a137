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

/** Exam recommendation: the engine agent's plan (cheap and non-invasive first), with the model's why-now per exam. */
public final class ExamRecommender extends LlmStepAgent {

    static final List<String> LISTS = List.of("exams", "deferred");

    public record ExamNote(String examId, String whyNowZh, String whyNowEn) {}

    public record ExamDraft(List<ExamNote> exams) {}

    public ExamRecommender(ModelRouter router, DiagnosticEngine engine, EngineAgent engineExams) {
        super(router, engine, engineExams);
    }

    @Override
    protected StepResult enrich(StepRequest request, StepResult grounded, ModelSession session, Corrections corrections) {
        ObjectNode result = grounded.result();
        PatientState state = intakeState(request);
        ExamDraft draft = session.ask(ExamDraft.class, "examDraft", Prompts.RULES, prompt(state, result),
                tools(state),
                (ExamDraft d) -> d.exams() == null || d.exams().isEmpty() ? "exams are required" : null);

        Map<String, ObjectNode> planned = new HashMap<>();
        for (String list : LISTS) result.path(list).forEach(e -> planned.put(e.path("examId").asText(), (ObjectNode) e));
        Map<String, ExamNote> notes = new HashMap<>();
        for (ExamNote n : draft.exams()) {
            if (planned.containsKey(n.examId())) notes.put(n.examId(), n);
            else corrections.add("exams", String.valueOf(n.examId()), "-", "模型提到了检查计划之外的检查，已忽略；检查及其顺序以引擎为准。",
                    "The model named an exam outside the plan; ignored. The exams and their order are the engine's.");
        }
        planned.forEach((id, exam) -> {
            ExamNote n = notes.get(id);
            boolean fromModel = n != null && !Texts.blank(n.whyNowZh());
            if (fromModel) exam.set("whyNow", Json.text(n.whyNowZh(), Texts.orElse(n.whyNowEn(), exam.at("/whyNow/en").asText())));
            exam.put("whyNowSource", fromModel ? "model" : "engine");
        });
        return grounded;
    }

    private String prompt(PatientState state, ObjectNode plan) {
        ObjectNode p = Prompts.task("按引擎给出的顺序，为每项检查写一句“为何现在做”（whyNowZh/whyNowEn），说明它能区分哪些候选诊断；不要增删或调整顺序。"
                + " For each exam, in the engine's order, say why now and which candidates it separates; do not add, drop or reorder.");
        p.set("patient", Prompts.patient(kb, state));
        p.put("openCandidates", plan.path("openCandidates").asInt());
        for (String list : LISTS) {
            ArrayNode out = p.putArray(list);
            for (JsonNode x : plan.path(list)) {
                ArrayNode separates = Json.array();
                x.path("separates").forEach(s -> separates.add(s.at("/name/zh").asText()));
                out.addObject().put("examId", x.path("examId").asText()).put("name", x.at("/name/zh").asText())
                        .put("costCny", x.path("costCny").asText()).put("invasiveness", x.path("invasiveness").asText())
                        .put("engineWhy", x.at("/whyNow/zh").asText()).set("separates", separates);
            }
        }
        if (plan.hasNonNull("clinicianComment")) p.put("clinicianComment", plan.get("clinicianComment").asText());
        return p.toPrettyString();
    }
}
