package com.yilian.scheduler;

import java.util.EnumMap;
import java.util.Map;

/**
 * The latency a request of each priority should get: time to first token (TTFT) and time per output token (TPOT).
 * The scheduler bursts non-PHI work to a remote pool when the local queue would miss the TTFT objective, and the
 * simulator measures SLO attainment against both.
 */
public record LatencyObjectives(Map<Priority, Long> ttftMs, Map<Priority, Long> tpotMs) {
    public LatencyObjectives {
        ttftMs = new EnumMap<>(ttftMs);
        tpotMs = new EnumMap<>(tpotMs);
        for (Priority p : Priority.values()) {
            if (!ttftMs.containsKey(p) || !tpotMs.containsKey(p)) {
                throw new IllegalArgumentException("latency objectives need a TTFT and a TPOT for " + p.wireName());
            }
        }
    }

    /**
     * A patient in a chat notices a reply that takes more than ~2 s to start and reads slower than ~10 tokens/s;
     * standard work is a clinician waiting on a page; batch work only has to finish overnight.
     */
    public static LatencyObjectives defaults() {
        return new LatencyObjectives(
                Map.of(Priority.INTERACTIVE, 2_000L, Priority.STANDARD, 10_000L, Priority.BATCH, 600_000L),
                Map.of(Priority.INTERACTIVE, 100L, Priority.STANDARD, 200L, Priority.BATCH, 1_000L));
    }

    public long ttft(Priority p) {
        return ttftMs.get(p);
    }

    public long tpot(Priority p) {
        return tpotMs.get(p);
    }
}
