package com.yilian.tenants;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Values that must be unique, with the path where each was first seen, so a duplicate can point at the original. */
final class Seen {
    private final Map<String, String> firstPath = new HashMap<>();

    /** The path where the value was seen before, or empty the first time. */
    Optional<String> add(String value, String path) {
        return Optional.ofNullable(firstPath.putIfAbsent(value, path));
    }

    /** Reports a repeat as "`x` is already used at line 12 (tenants[0].id); why". */
    static void check(Seen seen, String value, String path, Problems problems, String what, String why) {
        seen.add(value, path).ifPresent(first -> problems.at(path, what + " `" + value + "` is already used at line "
                + problems.lineOf(first) + " (" + first + "); " + why));
    }
}
