package com.yilian.agents.baseline;

import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.step.StepAgent;

import java.util.List;

/** The six workflow agents on the knowledge engine alone: what the hub runs when no model is configured. */
public final class EngineAgents {

    private EngineAgents() { }

    public static List<StepAgent> all(DiagnosticEngine engine) {
        return List.copyOf(allEngineAgents(engine));
    }

    /** The same agents with their fallback entry point, for LLM agents that fall back with their own reason. */
    public static List<EngineAgent> allEngineAgents(DiagnosticEngine engine) {
        EvidenceExtractor extractor = new LexicalEvidenceExtractor(engine.knowledgeBase());
        return List.of(new IntakeInterviewer(engine, extractor), new ExamRecommender(engine),
                new DiagnosisMatrixAgent(engine), new FollowUpPlanner(engine),
                new CheckInAssessor(engine, extractor), new ReferralSummarizer(engine));
    }
}
