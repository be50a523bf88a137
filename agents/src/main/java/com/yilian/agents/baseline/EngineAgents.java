package com.yilian.agents.baseline;

import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.step.StepAgent;

import java.util.List;

/** The six workflow agents on the knowledge engine alone: what the hub runs when no model is configured. */
public final class EngineAgents {

    private EngineAgents() { }

    /** With the default reader of free text ({@link #defaultExtractor}). */
    public static List<StepAgent> all(DiagnosticEngine engine) {
        return List.copyOf(allEngineAgents(engine));
    }

    /** With the given reader of free text, e.g. {@link LexicalEvidenceExtractor} where the model must not load. */
    public static List<StepAgent> all(DiagnosticEngine engine, EvidenceExtractor extractor) {
        return List.copyOf(allEngineAgents(engine, extractor));
    }

    /** The same agents with their fallback entry point, for LLM agents that fall back with their own reason. */
    public static List<EngineAgent> allEngineAgents(DiagnosticEngine engine) {
        return allEngineAgents(engine, defaultExtractor(engine));
    }

    /**
     * The lexical reader, then the in-process Chinese embedding model for the clauses it cannot read. The model loads
     * on the first message that needs it, not here.
     */
    public static EvidenceExtractor defaultExtractor(DiagnosticEngine engine) {
        return new CombinedEvidenceExtractor(new LexicalEvidenceExtractor(engine.knowledgeBase()),
                new EmbeddingEvidenceExtractor(engine.knowledgeBase()));
    }

    public static List<EngineAgent> allEngineAgents(DiagnosticEngine engine, EvidenceExtractor extractor) {
        return List.of(new IntakeInterviewer(engine, extractor), new ExamRecommender(engine),
                new DiagnosisMatrixAgent(engine), new FollowUpPlanner(engine),
                new CheckInAssessor(engine, extractor), new ReferralSummarizer(engine));
    }
}
