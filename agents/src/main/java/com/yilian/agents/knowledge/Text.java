package com.yilian.agents.knowledge;

/** A clinic-facing text: Simplified Chinese first, English second. */
public record Text(String zh, String en) {
    public static Text of(String zh, String en) {
        return new Text(zh == null || zh.isBlank() ? en : zh, en);
    }
}
