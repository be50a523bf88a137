package com.yilian.agents.knowledge;

import java.util.List;

/**
 * An exam of the catalogue.
 *
 * @param costTier      1 (under 50 CNY) to 4 (over 1000 CNY), see {@code exams.json}
 * @param invasiveness  0 none, 1 venepuncture or swab, 2 invasive procedure
 * @param grassroots    available in a community member hospital
 * @param targets       what the exam says about which condition
 */
public record Exam(String id, Text name, int costTier, String costCny, int invasiveness, boolean radiation,
                   String turnaround, boolean grassroots, List<Target> targets) {

    /**
     * @param role         {@code confirm} (a positive result supports it) or {@code exclude} (a negative result argues against it)
     * @param sensitivity  probability of a positive result when the condition is present; null when unpublished
     * @param specificity  probability of a negative result when it is absent; null when unpublished
     * @param source       where the figures come from
     */
    public record Target(String condition, String role, Double sensitivity, Double specificity, String source) {

        /** Conservative figures for exams without a pooled published figure. */
        public static final double DEFAULT_SENSITIVITY = 0.70, DEFAULT_SPECIFICITY = 0.80;

        public double sensitivityOrDefault() {
            return sensitivity == null ? DEFAULT_SENSITIVITY : sensitivity;
        }

        public double specificityOrDefault() {
            return specificity == null ? DEFAULT_SPECIFICITY : specificity;
        }
    }

    /** Invasive or costly: kept for when the candidates are few. */
    public boolean demanding() {
        return invasiveness >= 2 || costTier >= 3;
    }
}
