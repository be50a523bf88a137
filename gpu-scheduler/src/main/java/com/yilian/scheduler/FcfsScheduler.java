package com.yilian.scheduler;

/** Baseline: one queue in arrival order across all tenants, no priorities, no shares, local pools only. */
public final class FcfsScheduler extends BaseScheduler {
    public FcfsScheduler(SchedulerSetup setup) {
        super(setup);
    }

    @Override
    public String name() {
        return "fcfs";
    }

    @Override
    protected Waiting choose(int pool, long nowMs) {
        Waiting best = null;
        for (int t = 0; t < queues.length; t++) {
            Waiting w = head(t, pool, false);
            if (w != null && (best == null || w.sequence < best.sequence)) {
                best = w;
            }
        }
        return best;
    }
}
