package com.yilian.agents.baseline;

import com.yilian.agents.engine.RedFlagAlert;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.Comparator;
import java.util.List;

/** The severity words of the DMN tables, from DDXPlus severity (1 most severe … 5). */
final class Severities {

    private Severities() { }

    static String of(int ddxplusSeverity) {
        return switch (ddxplusSeverity) {
            case 1 -> "critical";
            case 2 -> "severe";
            case 3 -> "moderate";
            default -> "mild";
        };
    }

    static int rank(String severity) {
        return switch (severity) {
            case "critical" -> 0;
            case "severe" -> 1;
            case "moderate" -> 2;
            default -> 3;
        };
    }

    /**
     * A red flag's severity: the condition's own for a plausible emergency; "severe" for a finding, which the
     * red-flag DMN escalates by its code whatever the severity.
     */
    static String of(RedFlagAlert alert, KnowledgeBase kb) {
        if ("condition".equals(alert.kind()) && kb.hasCondition(alert.id())) return of(kb.condition(alert.id()).severity());
        return "severe";
    }

    /** The alert to route on: the most severe, the first reported among equals. */
    static RedFlagAlert leading(List<RedFlagAlert> alerts, KnowledgeBase kb) {
        return alerts.stream().min(Comparator.comparingInt(a -> rank(of(a, kb)))).orElse(null);
    }
}
