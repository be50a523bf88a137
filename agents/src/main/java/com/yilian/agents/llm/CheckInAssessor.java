package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.baseline.EngineAgent;
import com.yilian.agents.baseline.Json;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assesses a check-in report: the engine agent's outcome (red-flag rules, worsening, watched items) is a floor; the
 * model adds its assessment and may raise the outcome, never lower it.
 */
public final class CheckInAssessor extends LlmStepAgent {

    /** From least to most urgent. */
    static final List<String> OUTCOMES = List.of("STABLE", "NEEDS_VISIT", "ESCALATE");
    /** The red-flag code when only the model's assessment escalates (the red-flag DMN routes it by severity). */
    static final String MODEL_RED_FLAG = "check-in-assessment";

    public record CheckInDraft(String outcome, String assessmentZh, String assessmentEn) {}

    public CheckInAssessor(ModelRouter router, DiagnosticEngine engine, EngineAgent engineAssessor) {
        super(router, engine, engineAssessor);
    }

    @Override
    protected StepResult enrich(StepRequest request, StepResult grounded, ModelSession session, Corrections corrections) {
        ObjectNode result = grounded.result();
        String floor = result.path("outcome").asText();
        ObjectNode p = Prompts.task("评估随访报告：outcome 取 STABLE|NEEDS_VISIT|ESCALATE；assessmentZh/En 给医生的评估，说明依据。"
                + " Assess the check-in report: outcome and an assessment for the clinician with its grounds.");
        p.put("report", result.path("report").asText());
        p.set("engineFindings", result.path("findings").deepCopy());
        p.set("engineReasons", result.path("reasons").deepCopy());
        p.put("engineOutcome", floor);
        ObjectNode plan = Json.objectInput(request.input("followUpPlan"));
        if (plan != null) p.set("followUpPlan", plan.path("checkInQuestions").deepCopy());
        CheckInDraft d = session.ask(CheckInDraft.class, "checkInDraft", Prompts.RULES, p.toPrettyString(),
                tools(null),
                (CheckInDraft x) -> x.outcome() == null || !OUTCOMES.contains(x.outcome())
                        ? "outcome must be one of " + OUTCOMES : null);

        result.set("assessment", Json.text(Texts.orElse(d.assessmentZh(), ""), Texts.orElse(d.assessmentEn(), "")));
        int model = OUTCOMES.indexOf(d.outcome()), engineFloor = OUTCOMES.indexOf(floor);
        if (model < engineFloor) {
            corrections.add("outcome", d.outcome(), floor, "模型的结论 " + d.outcome() + " 低于引擎依据报告得出的 " + floor
                    + "，结论只能升不能降，保留 " + floor + "。", "The model's outcome " + d.outcome()
                    + " is below the engine's " + floor + "; an outcome may only be raised, so " + floor + " is kept.");
            return grounded;
        }
        if (model == engineFloor) return grounded;
        result.put("outcome", d.outcome());
        ObjectNode reason = ((ArrayNode) result.get("reasons")).addObject()
                .put("kind", "model-assessment");
        reason.set("text", result.get("assessment").deepCopy());
        Map<String, String> routing = new LinkedHashMap<>(grounded.routing());
        routing.put("checkInOutcome", d.outcome());
        if (d.outcome().equals("ESCALATE")) {
            routing.put("redFlagCode", MODEL_RED_FLAG);
            routing.put("redFlagSeverity", "severe");
        }
        return StepResult.done(result, routing, null);
    }
}
