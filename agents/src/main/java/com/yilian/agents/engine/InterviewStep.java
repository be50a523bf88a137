package com.yilian.agents.engine;

import java.util.List;

/**
 * One turn of the interview: the differential so far, the red flags, whether to stop and, if not, what to ask.
 *
 * @param question the next question, or null when {@code stop} is not {@link StopReason#CONTINUE}
 */
public record InterviewStep(String knowledgeBaseVersion, Differential differential, List<RedFlagAlert> redFlags,
                            StopReason stop, QuestionChoice question) {

    public boolean finished() {
        return stop != StopReason.CONTINUE;
    }
}
