package com.yilian.scheduler.sim;

import com.yilian.tenants.Tenant;
import java.util.Arrays;
import java.util.List;

/**
 * Reclaim episodes, measured from outside the policy and identically for every one, by two definitions.
 *
 * <ul>
 *   <li><b>Lender</b> ({@code reclaim_p99_s}): idle capacity is lent and reclaimed. A hospital returns on a pool
 *       when it has work queued for the pool again while it holds less than its guarantee there (the capacity it
 *       did not use was free for others). The episode runs from the first moment of that return at which it waits
 *       while the pool is full (others hold its capacity) until it holds its guarantee or has nothing queued for
 *       the pool. A hospital that stays backlogged does not return: its share of the pool is then decided by fair
 *       share, not by the reclaim of lent capacity.</li>
 *   <li><b>Any below guarantee</b> ({@code reclaim_p99_s_any_below_guarantee}): every wait of a hospital below its
 *       guarantee on a full pool, including a busy hospital that is ahead of the others on tokens; the episode ends
 *       when it holds its guarantee or has nothing queued for the pool.</li>
 * </ul>
 */
final class ReclaimTracker {
    private final List<Tenant> tenants;
    private final int[] slots;
    private final double[][] anySince;
    private final double[][] lenderSince;
    private final boolean[][] returning;
    private final boolean[][] hadWork;

    ReclaimTracker(List<Tenant> tenants, int[] slots) {
        this.tenants = tenants;
        this.slots = slots;
        anySince = minusOnes(slots.length, tenants.size());
        lenderSince = minusOnes(slots.length, tenants.size());
        returning = new boolean[slots.length][tenants.size()];
        hadWork = new boolean[slots.length][tenants.size()];
    }

    private static double[][] minusOnes(int pools, int tenants) {
        double[][] a = new double[pools][tenants];
        for (double[] row : a) {
            Arrays.fill(row, -1);
        }
        return a;
    }

    /** After every decision: what runs and waits where. */
    void track(double now, int[][] running, int[] poolBusy, int[][] waiting, boolean[][][] allowed,
               SimMetrics metrics) {
        for (int p = 0; p < poolBusy.length; p++) {
            if (slots[p] == 0) {
                continue;
            }
            boolean full = poolBusy[p] >= slots[p];
            for (int t = 0; t < tenants.size(); t++) {
                int queued = 0;
                for (int c = 0; c < waiting[t].length; c++) {
                    queued += allowed[t][c][p] ? waiting[t][c] : 0;
                }
                boolean below = running[p][t] + 1 <= tenants.get(t).quota().guaranteed() * slots[p] + 1e-9;
                boolean wants = queued > 0 && below;
                if (wants && anySince[p][t] < 0 && full) {
                    anySince[p][t] = now;
                } else if (!wants && anySince[p][t] >= 0) {
                    metrics.reclaimedAny((now - anySince[p][t]) / 1000);
                    anySince[p][t] = -1;
                }
                if (wants && !hadWork[p][t]) {
                    returning[p][t] = true;
                }
                if (returning[p][t] && !wants) {
                    returning[p][t] = false;
                    if (lenderSince[p][t] >= 0) {
                        metrics.reclaimedLender((now - lenderSince[p][t]) / 1000);
                        lenderSince[p][t] = -1;
                    }
                } else if (returning[p][t] && full && lenderSince[p][t] < 0) {
                    lenderSince[p][t] = now;
                }
                hadWork[p][t] = queued > 0;
            }
        }
    }
}
