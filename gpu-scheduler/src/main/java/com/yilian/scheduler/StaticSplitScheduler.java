package com.yilian.scheduler;

/**
 * Baseline: each pool's places are split between the tenants by share, once, and never lent: what a hospital does
 * not use stays idle. Arrival order within a tenant; local pools only.
 */
public final class StaticSplitScheduler extends BaseScheduler {
    private final int[][] own;

    public StaticSplitScheduler(SchedulerSetup setup) {
        super(setup);
        own = new int[pools.length][tenants.size()];
        for (int p : localPools) {
            for (int t = 0; t < tenants.size(); t++) {
                // Rounded down so the parts never add up to more than the pool; at least one place each.
                own[p][t] = Math.max(1, (int) Math.floor(tenants.get(t).quota().share() * slots[p]));
            }
        }
    }

    @Override
    public String name() {
        return "static";
    }

    @Override
    protected Waiting choose(int pool, long nowMs) {
        Waiting best = null;
        for (int t = 0; t < queues.length; t++) {
            if (runningOn[pool][t] >= own[pool][t]) {
                continue;
            }
            Waiting w = head(t, pool, false);
            if (w != null && (best == null || w.sequence < best.sequence)) {
                best = w;
            }
        }
        return best;
    }
}
