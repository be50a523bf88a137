package com.yilian.agents.knowledge;

import java.util.List;
import java.util.Set;

/**
 * What needs escalation now.
 *
 * @param conditions          conditions that are emergencies when they are plausible
 * @param conditionThreshold  probability from which such a condition raises a red flag
 * @param findings            combinations of findings that raise a red flag whatever the differential
 */
public record RedFlags(Set<String> conditions, double conditionThreshold, List<FindingRule> findings) {

    /**
     * A red-flag finding: every evidence in {@code allOf} is present, and, when {@code anyValueOf} names values of
     * {@code valueEvidence}, at least one of them is among its answers.
     */
    public record FindingRule(String id, Text text, List<String> allOf, String valueEvidence, Set<String> anyValueOf) {}
}
