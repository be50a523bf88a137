package com.yilian.scheduler.capacity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Learns each tenant's load (tokens per second) by hour of the local day: a hospital's outpatient peak comes at the
 * same hour every working day, so yesterday's 08:00 is the best guess for today's. Each hour's rate is an
 * exponentially weighted average over days, so a changed pattern takes over within a few days. Not thread-safe: one
 * event loop feeds and asks it.
 */
public final class LoadLearner {
    private static final int HOURS = 24;
    private final ZoneId zone;
    private final double smoothing;
    private final Map<String, TenantLoad> tenants = new HashMap<>();

    private static final class TenantLoad {
        final double[] rate = new double[HOURS];
        final boolean[] seen = new boolean[HOURS];
        long hourStartMs = Long.MIN_VALUE;
        long hourEndMs = Long.MIN_VALUE;
        int hour;
        double tokens;
    }

    /** @param smoothing weight of the newest day in an hour's average */
    public LoadLearner(ZoneId zone, double smoothing) {
        this.zone = zone;
        this.smoothing = smoothing;
    }

    /** Work done by a tenant (tokens, weighted as the GPUs feel them) at a moment; moments must not go backwards. */
    public void observe(String tenant, double tokens, long epochMs) {
        TenantLoad load = tenants.computeIfAbsent(tenant, t -> new TenantLoad());
        if (epochMs >= load.hourEndMs) {
            roll(load, epochMs);
        }
        load.tokens += tokens;
    }

    /** The tenant's expected tokens per second during the local hour that contains {@code epochMs}. */
    public double predict(String tenant, long epochMs) {
        TenantLoad load = tenants.get(tenant);
        if (load == null) {
            return 0;
        }
        int h = hourOf(epochMs);
        if (load.seen[h]) {
            return load.rate[h];
        }
        // an hour never seen yet: the hour under way is the only evidence
        long elapsed = Math.max(60_000, epochMs - load.hourStartMs);
        return epochMs < load.hourEndMs ? load.tokens * 1000.0 / elapsed : 0;
    }

    /** Folds the finished hour (and any silent hours after it) into the averages and starts the hour of {@code epochMs}. */
    private void roll(TenantLoad load, long epochMs) {
        if (load.hourStartMs != Long.MIN_VALUE) {
            fold(load, load.hour, load.tokens / 3600.0);
            long silent = load.hourEndMs;
            for (int i = 0; i < HOURS && silent + 3_600_000 <= epochMs; i++, silent += 3_600_000) {
                fold(load, hourOf(silent), 0);
            }
        }
        ZonedDateTime start = Instant.ofEpochMilli(epochMs).atZone(zone).truncatedTo(ChronoUnit.HOURS);
        load.hourStartMs = start.toInstant().toEpochMilli();
        load.hourEndMs = start.plusHours(1).toInstant().toEpochMilli();
        load.hour = start.getHour();
        load.tokens = 0;
    }

    private void fold(TenantLoad load, int hour, double rate) {
        load.rate[hour] = load.seen[hour] ? load.rate[hour] + smoothing * (rate - load.rate[hour]) : rate;
        load.seen[hour] = true;
    }

    private int hourOf(long epochMs) {
        return Instant.ofEpochMilli(epochMs).atZone(zone).getHour();
    }
}
