package com.yilian.scheduler.capacity;

import java.time.Duration;

/**
 * How replica recommendations are made.
 *
 * @param targetUtilisation the part of a replica's tokens per second the plan counts on, leaving head-room for bursts
 * @param leadTime          how far ahead the plan looks: replicas take minutes to start, so they are asked for before
 *                          the peak, not during it
 * @param minReplicas       never recommend fewer for a local pool (one keeps PHI work possible at night)
 * @param maxReplicas       never recommend more (the GPUs the consortium owns)
 * @param smoothing         weight of the newest day in each hour's average (0 < smoothing ≤ 1)
 */
public record CapacitySettings(double targetUtilisation, Duration leadTime, int minReplicas, int maxReplicas,
                               double smoothing) {
    public CapacitySettings {
        if (!(targetUtilisation > 0 && targetUtilisation <= 1)) {
            throw new IllegalArgumentException("targetUtilisation must be in (0, 1], not " + targetUtilisation);
        }
        if (minReplicas < 0 || maxReplicas < Math.max(1, minReplicas)) {
            throw new IllegalArgumentException("need 0 ≤ minReplicas ≤ maxReplicas and maxReplicas ≥ 1, not "
                    + minReplicas + ".." + maxReplicas);
        }
        if (!(smoothing > 0 && smoothing <= 1)) {
            throw new IllegalArgumentException("smoothing must be in (0, 1], not " + smoothing);
        }
        if (leadTime.isNegative()) {
            throw new IllegalArgumentException("leadTime must not be negative, not " + leadTime);
        }
    }

    public static CapacitySettings defaults() {
        return new CapacitySettings(0.7, Duration.ofHours(1), 1, 16, 0.5);
    }
}
