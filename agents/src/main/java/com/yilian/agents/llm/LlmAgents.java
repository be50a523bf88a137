package com.yilian.agents.llm;

import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepAgent;

import java.util.List;
import java.util.Map;

/** The six LLM agents of the workflows, each falling back on its engine-only form. */
public final class LlmAgents {

    private LlmAgents() { }

    /**
     * @param router    routes each call to an endpoint (its audit sink receives one record per model call)
     * @param fallbacks the engine-only agents by name ({@link AgentNames}); one is required for every agent
     */
    public static List<StepAgent> create(ModelRouter router, DiagnosticEngine engine, Map<String, Fallback> fallbacks) {
        for (String name : AgentNames.ALL) {
            if (!fallbacks.containsKey(name)) {
                throw new IllegalArgumentException("fallbacks: no engine-only fallback for agent '" + name + "'");
            }
        }
        return List.of(
                new IntakeInterviewer(router, engine, fallbacks.get(AgentNames.INTAKE_INTERVIEWER)),
                new ExamRecommender(router, engine, fallbacks.get(AgentNames.EXAM_RECOMMENDER)),
                new DiagnosisMatrixAgent(router, engine, fallbacks.get(AgentNames.DIAGNOSIS_MATRIX)),
                new FollowUpPlanner(router, engine, fallbacks.get(AgentNames.FOLLOW_UP_PLANNER)),
                new CheckInAssessor(router, engine, fallbacks.get(AgentNames.CHECK_IN_ASSESSOR)),
                new ReferralSummarizer(router, engine, fallbacks.get(AgentNames.REFERRAL_SUMMARIZER)));
    }
}
