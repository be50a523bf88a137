package com.yilian.agents.llm;

/** Small helpers for the optional text fields of a model's answer. */
final class Texts {

    private Texts() { }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String orElse(String s, String other) {
        return blank(s) ? other : s;
    }
}
