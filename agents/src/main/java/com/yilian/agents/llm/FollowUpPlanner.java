package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.knowledge.Condition;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.tools.EngineTools;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import dev.langchain4j.agentic.Agent;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

import java.util.List;
import java.util.Map;

/**
 * 全病程管理 plan: the condition, its group and severity come from the engine (they drive the DMN's timers); the
 * model writes the check-in questions, what to watch for and plain advice for the patient (never a medication dose).
 */
public final class FollowUpPlanner extends LlmStepAgent {

    public record FollowUpDraft(List<String> checkInQuestionsZh, List<String> watchForZh, String patientAdviceZh,
                                String patientAdviceEn, String adherenceNoteZh) {}

    public interface PlanWriter {
        @UserMessage("{{request}}")
        @Agent(description = "Writes the follow-up plan for the confirmed condition", outputKey = "followUpDraft")
        FollowUpDraft write(@V("request") String request);
    }

    private final DiagnosticEngine engine;
    private final KnowledgeBase kb;
    private final PatientStates states;

    public FollowUpPlanner(ModelRouter router, DiagnosticEngine engine, Fallback fallback) {
        super(AgentNames.FOLLOW_UP_PLANNER, router, fallback);
        this.engine = engine;
        this.kb = engine.knowledgeBase();
        this.states = new PatientStates(kb);
    }

    @Override
    protected StepResult enrich(StepRequest request, ModelSession session) {
        PatientState state = states.read(request);
        Condition condition = kb.condition(conditionId(request, state));
        String group = ConditionGroups.group(condition), severity = ConditionGroups.severity(condition);
        ObjectNode p = EngineJson.MAPPER.createObjectNode();
        p.put("task", "为该病情写随访计划：checkInQuestionsZh（随访时问患者的问题）、watchForZh（需立即就诊的警示症状）、"
                + "patientAdviceZh/En（生活方式与复诊建议，不写药物剂量或频次）、adherenceNoteZh（用药依从性提醒，不写剂量）。"
                + " Write the follow-up plan: check-in questions, warning signs, lifestyle advice, an adherence reminder; no doses.");
        p.put("condition", condition.name().zh() + " / " + condition.name().en()).put("conditionGroup", group)
                .put("severity", severity);
        p.set("patient", Prompts.patient(kb, state));
        String review = request.text("reviewComment");
        if (review != null) p.put("clinicianComment", review);
        FollowUpDraft d = session.ask(PlanWriter.class, "followUpDraft", Prompts.RULES, p.toPrettyString(),
                new EngineTools(engine, state),
                (FollowUpDraft x) -> x.checkInQuestionsZh() == null || x.checkInQuestionsZh().isEmpty()
                        ? "checkInQuestionsZh is required" : null);

        ObjectNode result = EngineJson.MAPPER.createObjectNode();
        result.put("knowledgeBaseVersion", kb.version()).put("conditionId", condition.id());
        result.set("condition", EngineJson.text(condition.name()));
        result.put("conditionGroup", group).put("severity", severity);
        ObjectNode plan = result.putObject("plan");
        d.checkInQuestionsZh().forEach(plan.putArray("checkInQuestions")::add);
        (d.watchForZh() == null ? List.<String>of() : d.watchForZh()).forEach(plan.putArray("watchFor")::add);
        plan.set("patientAdvice", EngineJson.text(Texts.orElse(d.patientAdviceZh(), ""),
                Texts.orElse(d.patientAdviceEn(), "")));
        plan.put("adherenceNote", Texts.orElse(d.adherenceNoteZh(), ""));
        // The check-in assessor reads the patient's state from the plan.
        PatientStates.write(state, result.putObject("patientState"));
        EngineJson.finish(result, session.model(), new Corrections());
        return StepResult.done(result, Map.of("conditionGroup", group, "severity", severity), null);
    }

    /** The condition the clinician confirmed in the matrix when known, else the engine's leader. */
    private String conditionId(StepRequest request, PatientState state) {
        JsonNode m = request.input("diagnosisMatrix");
        String id = m == null ? null : m.path("leadingConditionId").asText(m.at("/rows/0/conditionId").asText(null));
        return id != null && kb.hasCondition(id) ? id : engine.differential(state).top().conditionId();
    }
}
