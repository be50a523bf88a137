package com.yilian.agents.engine;

import java.util.List;

/**
 * Probability of every condition given what is known, most likely first.
 *
 * @param knowledgeBaseVersion version of the knowledge base that produced it
 */
public record Differential(String knowledgeBaseVersion, List<Candidate> candidates) {

    /** Plausibility from which a condition belongs in the differential shown to the clinician. */
    public static final double PLAUSIBLE = 0.4;

    public Differential {
        candidates = List.copyOf(candidates);
    }

    public Candidate top() {
        return candidates.get(0);
    }

    /** Candidates with at least this probability, most likely first (never empty). */
    public List<Candidate> above(double minProbability) {
        List<Candidate> out = candidates.stream().filter(c -> c.probability() >= minProbability).toList();
        return out.isEmpty() ? List.of(top()) : out;
    }

    /** Candidates a clinician keeps in the differential: plausibility at least {@code min}, most likely first. */
    public List<Candidate> plausible(double min) {
        List<Candidate> out = candidates.stream().filter(c -> c.plausibility() >= min).toList();
        return out.isEmpty() ? List.of(top()) : out;
    }
}
