package com.yilian.agents.llm;

import com.yilian.agents.knowledge.Condition;

/**
 * The follow-up group of a condition (the {@code follow-up-interval} DMN's input), by ICD-10 chapter, and its
 * severity for the DMN from the DDXPlus severity (1–2 severe, 3 moderate, 4–5 mild).
 */
final class ConditionGroups {

    static final String GENERAL = "general";

    private ConditionGroups() { }

    static String group(Condition c) {
        String icd = c.icd10().toUpperCase();
        if (icd.startsWith("J44")) return "copd";
        if (icd.startsWith("J45")) return "asthma";
        if (icd.startsWith("I50") || icd.startsWith("J81")) return "heart-failure";
        if (icd.matches("I1[0-5].*")) return "hypertension";
        if (icd.matches("E1[0-4].*")) return "diabetes";
        if (icd.matches("J0.*|J1[0-8].*|J2[0-2].*|J40.*|A37.*")) return "respiratory-infection";
        return GENERAL;
    }

    static String severity(Condition c) {
        return c.severity() <= 2 ? "severe" : c.severity() == 3 ? "moderate" : "mild";
    }
}
