package com.yilian.scheduler;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How urgent a model call is. Declaration order is scheduling order: a lower ordinal runs first. */
public enum Priority {
    /** A patient is waiting in a chat (the intake interview). */
    INTERACTIVE,
    STANDARD,
    /** Overnight or background work; the only kind that may be pre-empted. */
    BATCH;

    // Read on every gateway call (header, metric labels): spelled once.
    private final String wireName = name().toLowerCase(Locale.ROOT);
    private static final Map<String, Priority> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Priority::wireName, Function.identity()));

    public String wireName() {
        return wireName;
    }

    public static Optional<Priority> fromWire(String s) {
        return s == null ? Optional.empty() : Optional.ofNullable(BY_WIRE_NAME.get(s));
    }
}
