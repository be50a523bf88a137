package com.yilian.scheduler.sim;

import com.yilian.scheduler.InferenceRequest;
import com.yilian.scheduler.LatencyObjectives;
import com.yilian.scheduler.Priority;
import com.yilian.tenants.DataClass;
import com.yilian.tenants.ModelPool;
import com.yilian.tenants.Tenant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what happened to every request of one run and turns it into a {@link PolicyReport}. */
final class SimMetrics {
    private static final int WINDOW_TICKS = 60;

    private final List<TraceRecord> trace;
    private final List<Tenant> tenants;
    private final LatencyObjectives objectives;
    private final double[] firstTokenMs;
    private final double[] finishMs;
    private final List<Double> lenderReclaims = new ArrayList<>();
    private final List<Double> anyReclaims = new ArrayList<>();
    private final BitSet prefillCounted = new BitSet();
    private long outputTokens;
    private long remoteTokens;
    private double remoteCost;
    private long phiRemote;
    private double busyPlaces;
    private double usablePlaces;
    // The current fairness window.
    private final double[] windowService;
    private final boolean[] windowBacklogged;
    private int windowTicks;
    private double diffSum;
    private double diffMax;
    private double jainSum;
    private int windows;
    /** Every 60 s window so far, counted or not: its index names the same minute of the trace for every policy. */
    private int windowIndex;
    private final Map<Integer, Double> diffByWindow = new LinkedHashMap<>();

    SimMetrics(List<TraceRecord> trace, List<Tenant> tenants, LatencyObjectives objectives) {
        this.trace = trace;
        this.tenants = tenants;
        this.objectives = objectives;
        int n = trace.size();
        firstTokenMs = filled(n);
        finishMs = filled(n);
        windowService = new double[tenants.size()];
        windowBacklogged = new boolean[tenants.size()];
        Arrays.fill(windowBacklogged, true);
    }

    private static double[] filled(int n) {
        double[] a = new double[n];
        Arrays.fill(a, -1);
        return a;
    }

    /** A lender's reclaim episode ended after this many seconds (see {@link ReclaimTracker}). */
    void reclaimedLender(double seconds) {
        lenderReclaims.add(seconds);
    }

    /** A wait below guarantee on a full pool ended after this many seconds (see {@link ReclaimTracker}). */
    void reclaimedAny(double seconds) {
        anyReclaims.add(seconds);
    }

    private static double p99(List<Double> episodes) {
        double[] s = episodes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length == 0 ? 0 : s[Math.max(0, (int) Math.ceil(0.99 * s.length) - 1)];
    }

    void remote(InferenceRequest r, int tokensBefore, ModelPool pool) {
        long in = r.promptTokens() + tokensBefore;
        long out = r.outputTokens() - tokensBefore;
        remoteTokens += in + out;
        remoteCost += (in * pool.inputPricePerMillionTokens() + out * pool.outputPricePerMillionTokens()) / 1e6;
        if (r.dataClass() == DataClass.PHI) {
            phiRemote++;
        }
    }

    void firstToken(int id, double atMs) {
        if (firstTokenMs[id] < 0) {
            firstTokenMs[id] = atMs;
        }
    }

    void finished(int id, double nowMs) {
        finishMs[id] = nowMs;
        outputTokens += trace.get(id).outputTokens();
    }

    /**
     * A request's prompt counts as service once, at its first local start, as the policies' counters count it: the
     * prefill a pre-empted request repeats when it resumes is lost work, not service to its tenant.
     */
    void prefilled(int id, int tenant, int promptTokens) {
        if (!prefillCounted.get(id)) {
            prefillCounted.set(id);
            served(tenant, promptTokens);
        }
    }

    /** Service as VTC counts it: a prompt token 1, an output token 2. */
    void served(int tenant, double weightedTokens) {
        windowService[tenant] += weightedTokens;
    }

    /** @param usable local places that could be in use now, given what is running and queued */
    void tick(int busy, int usable, boolean[] backlogged) {
        busyPlaces += busy;
        usablePlaces += Math.max(busy, usable);
        for (int t = 0; t < backlogged.length; t++) {
            windowBacklogged[t] &= backlogged[t];
        }
        if (++windowTicks == WINDOW_TICKS) {
            closeWindow();
        }
    }

    private void closeWindow() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int t = 0; t < tenants.size(); t++) {
            if (windowBacklogged[t]) {
                double x = windowService[t] / Math.max(tenants.get(t).quota().share(), 1e-6) / tenants.size();
                min = Math.min(min, x);
                max = Math.max(max, x);
                sum += x;
                squares += x * x;
                n++;
            }
        }
        if (n >= 2) {
            windows++;
            diffSum += max - min;
            diffByWindow.put(windowIndex, max - min);
            diffMax = Math.max(diffMax, max - min);
            jainSum += squares > 0 ? sum * sum / (n * squares) : 1;
        }
        Arrays.fill(windowService, 0);
        Arrays.fill(windowBacklogged, true);
        windowTicks = 0;
        windowIndex++;
    }

    PolicyReport report(double endMs, int localReplicas) {
        double start = trace.isEmpty() ? 0 : trace.get(0).tMs();
        double spanS = Math.max(1e-3, (endMs - start) / 1000);
        int met = 0;
        int interactive = 0;
        int interactiveMet = 0;
        Map<String, int[]> byTenant = new LinkedHashMap<>();
        tenants.forEach(t -> byTenant.put(t.id(), new int[2]));
        for (int i = 0; i < trace.size(); i++) {
            TraceRecord r = trace.get(i);
            boolean ok = met(i, r);
            met += ok ? 1 : 0;
            if (r.priority() == Priority.INTERACTIVE) {
                interactive++;
                interactiveMet += ok ? 1 : 0;
            }
            int[] counts = byTenant.computeIfAbsent(r.tenant(), k -> new int[2]);
            counts[0]++;
            counts[1] += ok ? 1 : 0;
        }
        Map<String, Double> sloByTenant = new LinkedHashMap<>();
        byTenant.forEach((t, c) -> sloByTenant.put(t, c[0] == 0 ? 1.0 : (double) c[1] / c[0]));
        Map<String, Double> sloAtPeak = sloByTenantInPeakHour();
        return new PolicyReport(outputTokens / spanS, windows == 0 ? 0 : diffSum / windows, diffMax, windows,
                windows == 0 ? 1 : jainSum / windows, usablePlaces == 0 ? 1 : busyPlaces / usablePlaces,
                p99(lenderReclaims), p99(anyReclaims), lenderReclaims.size(), anyReclaims.size(),
                trace.isEmpty() ? 1 : (double) met / trace.size(),
                interactive == 0 ? 1 : (double) interactiveMet / interactive, sloByTenant, sloAtPeak,
                localReplicas * endMs / 3_600_000, remoteTokens, remoteCost, phiRemote, diffByWindow);
    }

    /** SLO attainment per tenant among the requests that arrived in the clock hour with the most arrivals. */
    private Map<String, Double> sloByTenantInPeakHour() {
        Map<Long, Integer> perHour = new HashMap<>();
        trace.forEach(r -> perHour.merge((long) (r.tMs() / 3_600_000), 1, Integer::sum));
        long peak = perHour.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
        Map<String, int[]> counts = new LinkedHashMap<>();
        tenants.forEach(t -> counts.put(t.id(), new int[2]));
        for (int i = 0; i < trace.size(); i++) {
            TraceRecord r = trace.get(i);
            if ((long) (r.tMs() / 3_600_000) == peak) {
                int[] c = counts.computeIfAbsent(r.tenant(), k -> new int[2]);
                c[0]++;
                c[1] += met(i, r) ? 1 : 0;
            }
        }
        Map<String, Double> slo = new LinkedHashMap<>();
        counts.forEach((t, c) -> slo.put(t, c[0] == 0 ? 1.0 : (double) c[1] / c[0]));
        return slo;
    }

    private boolean met(int i, TraceRecord r) {
        if (finishMs[i] < 0 || firstTokenMs[i] < 0) {
            return false; // refused, or never served
        }
        double ttft = firstTokenMs[i] - r.tMs();
        double tpot = r.outputTokens() > 1 ? (finishMs[i] - firstTokenMs[i]) / (r.outputTokens() - 1) : 0;
        return ttft <= objectives.ttft(r.priority()) && tpot <= objectives.tpot(r.priority());
    }
}
