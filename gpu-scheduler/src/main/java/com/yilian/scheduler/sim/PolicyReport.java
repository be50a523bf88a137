package com.yilian.scheduler.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What one policy did with a trace; {@link #toJson()} gives the shape scripts compare runs by.
 *
 * @param throughputTokS   output tokens per second from the first arrival to the last completion
 * @param avgServiceDiff   VTC's measure: per 60 s window with at least two backlogged tenants, the largest minus the
 *                         smallest service on the local GPUs (prompt + 2 × output tokens, divided by share and by the
 *                         number of tenants so it reads as tokens of an equal-share tenant); averaged over such
 *                         windows. A prompt counts once, at the request's first local start (as the policies'
 *                         counters count it). Remote tokens are not the shared resource and are reported on their own.
 * @param fairnessWindows  how many 60 s windows the service difference is averaged over (a policy that leaves
 *                         hospitals backlogged for longer has more of them, often calmer ones)
 * @param jain             Jain's index of the same share-normalised service, averaged over the same windows
 * @param workConservation local places in use ÷ min(local places, requests running or queued), summed over 1 s ticks
 * @param reclaimP99S      99th percentile length of a lender's reclaim episodes: from when a tenant that comes back
 *                         to a pool with work while below its guarantee there waits on the full pool, to when it
 *                         holds its guarantee or no longer waits; 0 when that never happened (see ReclaimTracker)
 * @param reclaimP99AnyS   the same over every wait of a tenant below its guarantee on a full pool, returning or not
 *                         (the definition before the lender one; a busy tenant ahead on tokens counts too)
 * @param reclaimEpisodes  how many lender episodes there were; {@code reclaimEpisodesAny} likewise
 * @param sloAll           share of requests that met both their TTFT and TPOT objectives (refused ones did not)
 * @param sloByTenantAtPeak the same per tenant, over the requests that arrived in the busiest clock hour of the trace
 * @param gpuHours         local replicas × the simulated span (one GPU per replica)
 * @param remoteTokens     prompt + output tokens sent to remote pools
 * @param remoteCost       in the currency of the pool prices
 * @param phiRemote        PHI requests dispatched to a remote pool; must be 0
 * @param serviceDiffByWindow the service difference of each counted window, by the window's index from the start of
 *                         the trace (the same minute for every policy), for comparisons over the same windows
 */
public record PolicyReport(double throughputTokS, double avgServiceDiff, double maxServiceDiff, int fairnessWindows,
                           double jain,
                           double workConservation, double reclaimP99S, double reclaimP99AnyS,
                           int reclaimEpisodes, int reclaimEpisodesAny, double sloAll, double sloInteractive,
                           Map<String, Double> sloByTenant, Map<String, Double> sloByTenantAtPeak, double gpuHours,
                           long remoteTokens, double remoteCost, long phiRemote,
                           Map<Integer, Double> serviceDiffByWindow) {

    public PolicyReport {
        serviceDiffByWindow = Map.copyOf(serviceDiffByWindow);
    }

    /**
     * The standard error of {@link #avgServiceDiff}: the spread of the window values ÷ √windows. One day's average
     * moves by several standard errors between days, so two policies whose averages differ by less than about twice
     * this are not told apart by that day.
     */
    public double serviceDiffStdErr() {
        return standardError(serviceDiffByWindow.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * This policy's and {@code other}'s average service difference over the windows counted for both, and the
     * standard error of the window-by-window difference (this − other): each policy's own average is over the windows
     * in which it left at least two tenants backlogged, and a policy that clears backlogs sooner is left with fewer,
     * busier windows. {@code [windows, this, other, stderr of this − other]}; empty when they share no window.
     */
    public Optional<double[]> sameWindowsAs(PolicyReport other) {
        double mine = 0;
        double theirs = 0;
        double[] differences = new double[serviceDiffByWindow.size()];
        int n = 0;
        for (Map.Entry<Integer, Double> e : serviceDiffByWindow.entrySet()) {
            Double o = other.serviceDiffByWindow.get(e.getKey());
            if (o != null) {
                mine += e.getValue();
                theirs += o;
                differences[n++] = e.getValue() - o;
            }
        }
        return n == 0 ? Optional.empty()
                : Optional.of(new double[] {n, mine / n, theirs / n, standardError(Arrays.copyOf(differences, n))});
    }

    private static double standardError(double[] values) {
        int n = values.length;
        if (n < 2) {
            return 0;
        }
        double mean = Arrays.stream(values).average().orElse(0);
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (n - 1) / n);
    }

    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("throughput_tok_s", round(throughputTokS, 1));
        o.put("avg_service_diff", round(avgServiceDiff, 1));
        o.put("avg_service_diff_stderr", round(serviceDiffStdErr(), 1));
        o.put("max_service_diff", round(maxServiceDiff, 1));
        o.put("service_diff_windows", fairnessWindows);
        o.put("jain", round(jain, 4));
        o.put("work_conservation", round(workConservation, 4));
        o.put("reclaim_p99_s", round(reclaimP99S, 3));
        o.put("reclaim_episodes", reclaimEpisodes);
        o.put("reclaim_p99_s_any_below_guarantee", round(reclaimP99AnyS, 3));
        o.put("reclaim_episodes_any_below_guarantee", reclaimEpisodesAny);
        ObjectNode slo = o.putObject("slo_attainment");
        slo.put("all", round(sloAll, 4));
        slo.put("interactive", round(sloInteractive, 4));
        ObjectNode byTenant = slo.putObject("by_tenant");
        sloByTenant.forEach((tenant, v) -> byTenant.put(tenant, round(v, 4)));
        ObjectNode atPeak = slo.putObject("by_tenant_peak_hour");
        sloByTenantAtPeak.forEach((tenant, v) -> atPeak.put(tenant, round(v, 4)));
        o.put("gpu_hours", round(gpuHours, 2));
        o.put("remote_tokens", remoteTokens);
        o.put("remote_cost", round(remoteCost, 2));
        o.put("phi_remote", phiRemote);
        return o;
    }

    /**
     * {@code "service_diff_same_windows": {"<other>": {"windows", "this", "other", "difference_stderr"}}} for every
     * other policy run.
     */
    public void addSameWindows(ObjectNode json, Map<String, PolicyReport> others) {
        ObjectNode same = json.putObject("service_diff_same_windows");
        others.forEach((name, other) -> {
            if (other != this) {
                sameWindowsAs(other).ifPresent(r -> same.putObject(name).put("windows", (int) r[0])
                        .put("this", round(r[1], 1)).put("other", round(r[2], 1))
                        .put("difference_stderr", round(r[3], 1)));
            }
        });
    }

    private static double round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return 0;
        }
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }
}
