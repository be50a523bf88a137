package com.yilian.agents.baseline;

import java.util.Map;

/**
 * The follow-up-interval DMN's condition groups for the knowledge base's conditions. Conditions outside these groups
 * get {@value #OTHER}, which matches the DMN's catch-all rows (empty conditionGroup entry).
 */
final class ConditionGroups {

    static final String OTHER = "other";

    private static final Map<String, String> GROUP = Map.ofEntries(
            Map.entry("URTI", "respiratory-infection"), Map.entry("Influenza", "respiratory-infection"),
            Map.entry("Bronchitis", "respiratory-infection"), Map.entry("Pneumonia", "respiratory-infection"),
            Map.entry("Acute rhinosinusitis", "respiratory-infection"), Map.entry("Chronic rhinosinusitis", "respiratory-infection"),
            Map.entry("Acute laryngitis", "respiratory-infection"), Map.entry("Viral pharyngitis", "respiratory-infection"),
            Map.entry("Whooping cough", "respiratory-infection"), Map.entry("Bronchiolitis", "respiratory-infection"),
            Map.entry("Croup", "respiratory-infection"), Map.entry("Acute otitis media", "respiratory-infection"),
            Map.entry("Tuberculosis", "respiratory-infection"), Map.entry("Epiglottitis", "respiratory-infection"),
            Map.entry("Bronchiectasis", "respiratory-infection"),
            Map.entry("Bronchospasm / acute asthma exacerbation", "asthma"),
            Map.entry("Acute COPD exacerbation / infection", "copd"),
            Map.entry("Acute pulmonary edema", "heart-failure"));

    private ConditionGroups() { }

    static String of(String conditionId) {
        return GROUP.getOrDefault(conditionId, OTHER);
    }

    /** The DMN's severity words: DDXPlus 1–2 severe, 3 moderate, 4–5 mild. */
    static String severity(int ddxplusSeverity) {
        return ddxplusSeverity <= 2 ? "severe" : ddxplusSeverity == 3 ? "moderate" : "mild";
    }
}
