package com.yilian.scheduler.gateway;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Each tenant's requests-per-minute limit over a sliding 60 s window, checked before the scheduler sees a call.
 * Owned by the gateway's event loop, like the scheduler: no locks.
 */
final class RequestRate {
    static final long WINDOW_MS = 60_000;
    private final Map<String, ArrayDeque<Long>> admitted = new HashMap<>();

    /** Records the call and returns 0 if the tenant is under its limit, else the seconds until a place frees. */
    long admit(String tenantId, int perMinute, long nowMs) {
        if (perMinute <= 0) {
            return 0;
        }
        ArrayDeque<Long> times = admitted.computeIfAbsent(tenantId, t -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= nowMs - WINDOW_MS) {
            times.pollFirst();
        }
        if (times.size() >= perMinute) {
            long freeAt = times.peekFirst() + WINDOW_MS;
            return Math.max(1, (freeAt - nowMs + 999) / 1000);
        }
        times.addLast(nowMs);
        return 0;
    }
}
