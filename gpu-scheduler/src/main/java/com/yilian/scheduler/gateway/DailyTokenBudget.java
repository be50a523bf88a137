package com.yilian.scheduler.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Each tenant's prompt + output tokens since local midnight, against its {@code quota.dailyTokenBudget}. A call is
 * admitted while the tenant is under budget; the call that crosses it still finishes (its size is unknown up front),
 * the next one is refused until midnight. Owned by the gateway's event loop: no locks.
 */
final class DailyTokenBudget {
    private final ZoneId zone;
    private final Map<String, Long> used = new HashMap<>();
    private LocalDate day;

    DailyTokenBudget(ZoneId zone) {
        this.zone = zone;
    }

    /** 0 when the tenant may call now, else the seconds until its budget resets at local midnight. */
    long retryAfter(String tenantId, long budget, long nowMs) {
        roll(nowMs);
        if (budget <= 0 || used.getOrDefault(tenantId, 0L) < budget) {
            return 0;
        }
        long midnight = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return Math.max(1, (midnight - nowMs + 999) / 1000);
    }

    void charge(String tenantId, long tokens, long nowMs) {
        roll(nowMs);
        if (tokens > 0) {
            used.merge(tenantId, tokens, Long::sum);
        }
    }

    long used(String tenantId, long nowMs) {
        roll(nowMs);
        return used.getOrDefault(tenantId, 0L);
    }

    private void roll(long nowMs) {
        LocalDate today = Instant.ofEpochMilli(nowMs).atZone(zone).toLocalDate();
        if (!today.equals(day)) {
            day = today;
            used.clear();
        }
    }
}
