package com.yilian.agents.llm;

import com.yilian.agents.baseline.EngineAgent;
import com.yilian.agents.baseline.EngineAgents;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepAgent;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The six LLM agents of the workflows, each grounded in (and falling back on) its engine agent. */
public final class LlmAgents {

    private LlmAgents() { }

    /**
     * @param router routes each call to an endpoint; the {@link com.yilian.agents.llm.audit.AuditSink} it was built
     *               with receives one record per model call
     */
    public static List<StepAgent> create(ModelRouter router, DiagnosticEngine engine) {
        Map<String, EngineAgent> base = EngineAgents.allEngineAgents(engine).stream()
                .collect(Collectors.toMap(EngineAgent::name, Function.identity()));
        return List.of(
                new IntakeInterviewer(router, engine, base.get(AgentNames.INTAKE_INTERVIEWER)),
                new ExamRecommender(router, engine, base.get(AgentNames.EXAM_RECOMMENDER)),
                new DiagnosisMatrixAgent(router, engine, base.get(AgentNames.DIAGNOSIS_MATRIX)),
                new FollowUpPlanner(router, engine, base.get(AgentNames.FOLLOW_UP_PLANNER)),
                new CheckInAssessor(router, engine, base.get(AgentNames.CHECK_IN_ASSESSOR)),
                new ReferralSummarizer(router, engine, base.get(AgentNames.REFERRAL_SUMMARIZER)));
    }
}
