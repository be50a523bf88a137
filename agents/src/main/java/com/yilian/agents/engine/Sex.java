package com.yilian.agents.engine;

/** Sex as recorded in DDXPlus. */
public enum Sex {
    F, M;

    public static Sex parse(String s) {
        return switch (s.trim().toUpperCase()) {
            case "F", "FEMALE" -> F;
            case "M", "MALE" -> M;
            default -> throw new IllegalArgumentException("sex must be F or M, was: " + s);
        };
    }
}
