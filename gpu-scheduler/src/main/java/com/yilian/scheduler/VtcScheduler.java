package com.yilian.scheduler;

/**
 * Baseline: the Virtual Token Counter of Sheng et al. (OSDI 2024), weighted by share. The backlogged tenant with
 * the smallest counter goes next, its oldest request first; no priorities, no guarantees, local pools only.
 */
public final class VtcScheduler extends BaseScheduler {
    public VtcScheduler(SchedulerSetup setup) {
        super(setup);
    }

    @Override
    public String name() {
        return "vtc";
    }

    @Override
    protected Waiting choose(int pool, long nowMs) {
        Waiting best = null;
        double bestCounter = Double.POSITIVE_INFINITY;
        for (int t = 0; t < queues.length; t++) {
            if (queues[t].size() == 0) {
                continue;
            }
            Waiting w = head(t, pool, false);
            if (w != null && counters.get(t) < bestCounter) {
                best = w;
                bestCounter = counters.get(t);
            }
        }
        return best;
    }
}
