package com.yilian.agents.engine;

import java.util.Set;

/**
 * A patient's answer to one question: yes/no, or the chosen values of a categorical or multi-choice question.
 *
 * @param positive whether the answer reports something (yes, or a value other than the question's default)
 * @param values   chosen values; empty for a yes/no question
 */
public record Answer(boolean positive, Set<String> values) {

    public static final Answer YES = new Answer(true, Set.of());
    public static final Answer NO = new Answer(false, Set.of());

    public Answer {
        values = Set.copyOf(values);
    }

    public static Answer of(boolean yes) {
        return yes ? YES : NO;
    }

    /** Values of a categorical or multi-choice question; {@code defaultValue} alone means nothing to report. */
    public static Answer values(Set<String> values, String defaultValue) {
        boolean positive = !values.isEmpty() && !(values.size() == 1 && values.contains(defaultValue));
        return new Answer(positive, values.isEmpty() ? Set.of(defaultValue) : values);
    }
}
