package com.yilian.agents.knowledge;

/** How an evidence is answered, as coded by DDXPlus. */
public enum EvidenceType {
    /** Yes or no. */
    BINARY,
    /** Exactly one value, e.g. pain intensity 0-10. */
    CATEGORICAL,
    /** Any number of values, e.g. pain locations; the default value stands for "none". */
    MULTI_CHOICE;

    static EvidenceType fromCode(String code) {
        return switch (code) {
            case "B" -> BINARY;
            case "C" -> CATEGORICAL;
            case "M" -> MULTI_CHOICE;
            default -> throw new IllegalArgumentException("unknown evidence data type " + code + " (expected B, C or M)");
        };
    }
}
