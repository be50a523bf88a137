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

import java.util.List;

/**
 * 全病程管理 plan: the engine agent's plan (condition, DMN group and severity, check-in questions, warning signs),
 * with a plan text the model writes for the patient (lifestyle, when to come back; never a medication or a dose).
 */
public final class FollowUpPlanner extends LlmStepAgent {

    public record PlanDraft(String planZh, String planEn) {}

    public FollowUpPlanner(ModelRouter router, DiagnosticEngine engine, EngineAgent enginePlanner) {
        super(router, engine, enginePlanner);
    }

    @Override
    protected StepResult enrich(StepRequest request, StepResult grounded, ModelSession session, Corrections corrections) {
        ObjectNode result = grounded.result();
        PatientState state = intakeState(request);
        PlanDraft d = session.ask(PlanDraft.class, "planDraft", Prompts.RULES, prompt(result, state),
                tools(state), (PlanDraft x) -> Texts.blank(x.planZh()) ? "planZh is required" : null);
        result.set("planText", Json.text(d.planZh(), Texts.orElse(d.planEn(), "")));
        return grounded;
    }

    private String prompt(ObjectNode result, PatientState state) {
        ObjectNode p = Prompts.task("根据下面的随访计划，为患者写一段随访说明（planZh/planEn）：生活方式、何时复诊、出现哪些情况须立即就诊；"
                + "不写任何药物、剂量或频次。 Write the follow-up plan text for the patient: lifestyle, when to come back, "
                + "when to come at once; no medication, dose or frequency.");
        p.put("condition", result.at("/condition/name/zh").asText() + " / " + result.at("/condition/name/en").asText())
                .put("conditionGroup", result.at("/condition/conditionGroup").asText())
                .put("severity", result.at("/condition/severity").asText());
        if (state != null) p.set("patient", Prompts.patient(kb, state));
        for (String list : List.of("checkInQuestions", "watchFor", "returnAtOnce")) {
            ArrayNode texts = p.putArray(list);
            for (JsonNode item : result.path(list)) texts.add(item.at("/text/zh").asText());
        }
        if (result.hasNonNull("clinicianComment")) p.put("clinicianComment", result.get("clinicianComment").asText());
        return p.toPrettyString();
    }
}
