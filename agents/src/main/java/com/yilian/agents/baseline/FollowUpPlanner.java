package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosisMatrix;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.knowledge.Condition;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.RedFlags;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The follow-up plan for the leading condition: what to ask at each check-in, what to watch for, when to come back at
 * once, each item with its evidence codes. It gives no medication advice and no dose.
 */
public final class FollowUpPlanner extends EngineAgent {

    public FollowUpPlanner(DiagnosticEngine engine) {
        super(engine);
    }

    @Override
    public String name() { return AgentNames.FOLLOW_UP_PLANNER; }

    @Override
    public StepResult run(StepRequest request, StepResult.Degradation why) {
        KnowledgeBase kb = engine.knowledgeBase();
        PatientState state = IntakeInput.state(kb, request.input("intakeSummary"));
        Condition condition = leading(kb, Json.objectInput(request.input("diagnosisMatrix")), state);
        if (condition == null) return StepResult.cannotDecide(IntakeInput.MISSING);
        boolean redFlagged = state != null && !engine.redFlags(state).isEmpty();
        String group = ConditionGroups.of(condition.id());
        String severity = redFlagged ? "severe" : ConditionGroups.severity(condition.severity());

        ObjectNode out = Json.object().put("knowledgeBaseVersion", kb.version());
        ObjectNode c = out.putObject("condition").put("conditionId", condition.id()).put("icd10", condition.icd10());
        c.set("name", Json.text(condition.name()));
        c.put("conditionGroup", group).put("severity", severity);
        if (state != null) out.putObject("patient").put("age", state.age()).put("sex", state.sex().name());
        ArrayNode questions = out.putArray("checkInQuestions");
        if (state != null) {
            state.answers().forEach((code, answer) -> {
                Evidence e = kb.evidence(code);
                if (!answer.positive() || e.antecedent() || e.isFollowUp() || !condition.canPresent(code)) return;
                ObjectNode q = questions.addObject();
                q.set("text", Json.text("您的" + e.term().zh() + "现在怎么样？比上次好转、没变化，还是加重了？",
                        "Compared with last time, is this better, unchanged or worse? (" + e.question().en() + ")"));
                q.putArray("evidence").add(code);
            });
        }
        ObjectNode general = questions.addObject();
        general.set("text", Json.text("有没有出现新的不适？", "Any new symptoms?"));
        general.putArray("evidence");
        ArrayNode watch = out.putArray("watchFor");
        ArrayNode returnNow = out.putArray("returnAtOnce");
        for (RedFlags.FindingRule r : kb.redFlags().findings()) {
            if (!r.allOf().stream().allMatch(condition::canPresent)) continue;
            ObjectNode w = watch.addObject().put("code", r.id());
            w.set("text", Json.text(r.text()));
            ArrayNode ev = w.putArray("evidence");
            r.allOf().forEach(ev::add);
            returnNow.add(w.deepCopy());
        }
        ObjectNode worse = returnNow.addObject().put("code", "worsening");
        worse.set("text", Json.text("症状明显加重或出现新的严重症状", "Symptoms clearly worse, or a new severe symptom"));
        ArrayNode ev = worse.putArray("evidence");
        questions.forEach(q -> q.path("evidence").forEach(ev::add));
        out.set("scope", Json.text("本计划不含任何用药或剂量建议；用药由医生决定。",
                "This plan gives no medication or dose advice; medication is the clinician's decision."));
        String comment = request.text("reviewComment");
        if (comment != null) out.put("clinicianComment", comment);
        out.set("notice", Json.text(DiagnosisMatrix.NOTICE));
        Map<String, String> routing = new LinkedHashMap<>();
        routing.put("conditionGroup", group);
        routing.put("severity", severity);
        return StepResult.done(out, routing, why);
    }

    /** The matrix's first row when it names a known condition, else the engine's leader for the intake. */
    private Condition leading(KnowledgeBase kb, ObjectNode matrix, PatientState state) {
        JsonNode first = matrix == null ? null : matrix.path("rows").path(0).get("conditionId");
        if (first != null && kb.hasCondition(first.asText())) return kb.condition(first.asText());
        return state == null ? null : kb.condition(engine.differential(state).top().conditionId());
    }
}
