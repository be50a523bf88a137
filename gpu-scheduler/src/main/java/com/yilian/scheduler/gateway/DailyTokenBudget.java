package com.yilian.scheduler.gateway;

import com.yilian.scheduler.shared.TokenTally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each tenant's prompt + output tokens since local midnight, against its {@code quota.dailyTokenBudget}. A call is
 * admitted while the tenant is under budget; the call that crosses it still finishes (its size is unknown up front),
 * the next one is refused until midnight. Owned by the gateway's event loop: no locks.
 *
 * <p>With a {@link TokenTally} (Redis) the count is the consortium's, across all replicas: every charge is added to
 * a counter per tenant and day that expires at the day's end, and the total it answers (every replica's spending)
 * decides; {@link #refresh} reads the totals of the tenants seen so that spending elsewhere is known within a
 * refresh. While the tally is out of reach each replica keeps to its safe share, {@code budget / replicas} of its
 * own count today, and hands the tokens it counted meanwhile to the tally when it answers again.
 */
final class DailyTokenBudget {
    private static final Logger LOG = Logger.getLogger(DailyTokenBudget.class.getName());

    private final ZoneId zone;
    private final Map<String, Long> used = new HashMap<>();
    /** The consortium-wide total the tally last answered, per tenant. */
    private final Map<String, Long> shared = new HashMap<>();
    /** Tokens counted here that the tally has not confirmed yet (in flight or not sent). */
    private final Map<String, Long> unsent = new HashMap<>();
    private TokenTally tally;
    private int replicas = 1;
    private boolean degraded;
    private LocalDate day;
    /** The current day's bounds in epoch ms: a charge within them (every streamed token) needs no calendar. */
    private long dayStartMs = Long.MAX_VALUE;
    private long dayEndMs = Long.MIN_VALUE;

    DailyTokenBudget(ZoneId zone) {
        this.zone = zone;
    }

    /** Counts with the other replicas from now on; {@code replicas} sets the safe share while the tally is down. */
    void share(TokenTally tally, int replicas) {
        this.tally = tally;
        this.replicas = Math.max(1, replicas);
    }

    /** 0 when the tenant may call now, else the seconds until its budget resets at local midnight. */
    long retryAfter(String tenantId, long budget, long nowMs) {
        roll(nowMs);
        if (budget <= 0 || spent(tenantId) < budget) {
            return 0;
        }
        return Math.max(1, (dayEnd() - nowMs + 999) / 1000);
    }

    void charge(String tenantId, long tokens, long nowMs) {
        roll(nowMs);
        if (tokens > 0) {
            used.merge(tenantId, tokens, Long::sum);
            if (tally != null) {
                unsent.merge(tenantId, tokens, Long::sum);
                send(tenantId);
            }
        }
    }

    /** What this replica counted today (its own calls only). */
    long used(String tenantId, long nowMs) {
        roll(nowMs);
        return used.getOrDefault(tenantId, 0L);
    }

    /** Every second: learns the other replicas' spending, and hands over what was counted while Redis was down. */
    void refresh(long nowMs) {
        roll(nowMs);
        if (tally != null) {
            for (String tenant : Map.copyOf(used).keySet()) {
                send(tenant);
            }
            for (String tenant : Map.copyOf(shared).keySet()) {
                send(tenant);
            }
        }
    }

    /** Also reads a tenant's total before its first call here, so a replica learns of spending elsewhere. */
    void watch(String tenantId, long nowMs) {
        roll(nowMs);
        if (tally != null && !shared.containsKey(tenantId) && !used.containsKey(tenantId)) {
            shared.put(tenantId, 0L);
            send(tenantId);
        }
    }

    private long spent(String tenantId) {
        long own = used.getOrDefault(tenantId, 0L);
        if (tally == null) {
            return own;
        }
        long known = shared.getOrDefault(tenantId, 0L) + unsent.getOrDefault(tenantId, 0L);
        // Out of reach: keep to this replica's part, so that all replicas together stay within the budget.
        return degraded ? Math.max(known, own * replicas) : Math.max(known, own);
    }

    private void send(String tenantId) {
        long tokens = unsent.getOrDefault(tenantId, 0L);
        unsent.remove(tenantId);
        LocalDate sentDay = day;
        tally.add("budget:" + tenantId + ":" + day, tokens, dayEnd()).whenComplete((total, error) -> {
            if (!sentDay.equals(day)) {
                return; // the day rolled over meanwhile: yesterday's total no longer counts
            }
            if (error != null) {
                unsent.merge(tenantId, tokens, Long::sum); // to be sent again once Redis answers
                if (!degraded) {
                    degraded = true;
                    LOG.log(Level.WARNING, "daily token budgets cannot be counted in Redis (" + error.getMessage()
                            + "): each replica keeps to 1/" + replicas + " of every budget until it answers");
                }
                return;
            }
            shared.merge(tenantId, total, Math::max);
            if (degraded) {
                degraded = false;
                LOG.info("daily token budgets are counted in Redis again, with the other replicas");
            }
        });
    }

    private long dayEnd() {
        return dayEndMs;
    }

    private void roll(long nowMs) {
        if (nowMs >= dayStartMs && nowMs < dayEndMs) {
            return;
        }
        LocalDate today = Instant.ofEpochMilli(nowMs).atZone(zone).toLocalDate();
        dayStartMs = today.atStartOfDay(zone).toInstant().toEpochMilli();
        dayEndMs = today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        if (!today.equals(day)) {
            day = today;
            used.clear();
            shared.clear();
            unsent.clear();
        }
    }
}
