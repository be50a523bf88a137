package com.yilian.agents.llm.guard;

/** The model answered in the right format but with content that breaks the output's rules (e.g. a missing field). */
public final class InvalidOutputException extends RuntimeException {

    public InvalidOutputException(String problem) {
        super(problem);
    }
}
