package com.yilian.tenants;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Reads a tenant's {@code quota}: each number, and how share, guaranteed and borrowLimit relate. */
final class QuotaReader {
    static final List<String> KEYS =
            List.of("share", "guaranteed", "borrowLimit", "dailyTokenBudget", "requestsPerMinute");
    /** Fractions written with a few decimals add up with rounding errors far below this. */
    static final double TOLERANCE = 1e-9;

    private final Problems problems;

    QuotaReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Quota> read(YamlMap q) {
        q.require(KEYS.toArray(String[]::new));
        OptionalDouble share = fraction(q, "share");
        OptionalDouble guaranteed = fraction(q, "guaranteed");
        OptionalDouble borrowLimit = fraction(q, "borrowLimit");
        OptionalLong dailyTokenBudget = positive(q, "dailyTokenBudget", Long.MAX_VALUE);
        OptionalLong requestsPerMinute = positive(q, "requestsPerMinute", Integer.MAX_VALUE);
        if (share.isPresent() && guaranteed.isPresent() && guaranteed.getAsDouble() > share.getAsDouble() + TOLERANCE) {
            problems.at(q.path("guaranteed"), "must not exceed share (" + Scalars.format(share.getAsDouble())
                    + "): the guarantee is reserved out of the tenant's own share; was "
                    + Scalars.format(guaranteed.getAsDouble()));
        }
        if (guaranteed.isPresent() && borrowLimit.isPresent()
                && guaranteed.getAsDouble() + borrowLimit.getAsDouble() > 1 + TOLERANCE) {
            problems.at(q.path("borrowLimit"), "guaranteed + borrowLimit must not exceed 1, the consortium's whole"
                    + " capacity; was " + Scalars.format(guaranteed.getAsDouble()) + " + "
                    + Scalars.format(borrowLimit.getAsDouble()));
        }
        if (share.isEmpty() || guaranteed.isEmpty() || borrowLimit.isEmpty() || dailyTokenBudget.isEmpty()
                || requestsPerMinute.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quota(share.getAsDouble(), guaranteed.getAsDouble(), borrowLimit.getAsDouble(),
                dailyTokenBudget.getAsLong(), (int) requestsPerMinute.getAsLong()));
    }

    /** A fraction of the consortium's capacity; out-of-range values are reported and not returned. */
    private OptionalDouble fraction(YamlMap q, String key) {
        OptionalDouble value = q.number(key);
        if (value.isPresent() && (value.getAsDouble() < 0 || value.getAsDouble() > 1)) {
            problems.at(q.path(key), "must be between 0 and 1, was "
                    + Scalars.format(value.getAsDouble()));
            return OptionalDouble.empty();
        }
        return value;
    }

    private OptionalLong positive(YamlMap q, String key, long maximum) {
        OptionalLong value = q.whole(key);
        if (value.isPresent() && (value.getAsLong() <= 0 || value.getAsLong() > maximum)) {
            problems.at(q.path(key), value.getAsLong() <= 0 ? "must be greater than 0, was " + value.getAsLong()
                    : "must be at most " + maximum + ", was " + value.getAsLong());
            return OptionalLong.empty();
        }
        return value;
    }
}
