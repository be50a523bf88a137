package com.yilian.scheduler;

import java.util.ArrayDeque;

/** A requests-per-minute limit over a sliding 60 s window; 0 means unlimited. */
final class RateWindow {
    private static final long WINDOW_MS = 60_000;
    private final int perMinute;
    private final ArrayDeque<Long> starts = new ArrayDeque<>();

    RateWindow(int perMinute) {
        this.perMinute = perMinute;
    }

    boolean allows(long nowMs) {
        while (!starts.isEmpty() && starts.peekFirst() <= nowMs - WINDOW_MS) {
            starts.pollFirst();
        }
        return perMinute <= 0 || starts.size() < perMinute;
    }

    void record(long nowMs) {
        if (perMinute > 0) {
            starts.addLast(nowMs);
        }
    }
}
