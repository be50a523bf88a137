package com.yilian.scheduler;

import java.util.Locale;
import java.util.Optional;

/** How urgent a model call is. Declaration order is scheduling order: a lower ordinal runs first. */
public enum Priority {
    /** A patient is waiting in a chat (the intake interview). */
    INTERACTIVE,
    STANDARD,
    /** Overnight or background work; the only kind that may be pre-empted. */
    BATCH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> fromWire(String s) {
        for (Priority p : values()) {
            if (p.wireName().equals(s)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
