package com.yilian.agents.engine;

import java.util.List;

/**
 * Exams in the order to do them: cheap, low-risk, non-invasive ones first; deferred ones last.
 *
 * @param openCandidates how many candidates are still above 5 %, which decides whether demanding exams are due
 */
public record ExamLadder(String knowledgeBaseVersion, List<ExamRecommendation> exams, int openCandidates) {

    public ExamLadder {
        exams = List.copyOf(exams);
    }

    /** The first exam not deferred, or null. */
    public ExamRecommendation first() {
        return exams.stream().filter(e -> !e.deferred()).findFirst().orElse(null);
    }
}
