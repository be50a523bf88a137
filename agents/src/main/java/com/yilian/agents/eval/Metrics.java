package com.yilian.agents.eval;

import com.yilian.agents.engine.Candidate;
import com.yilian.agents.engine.Differential;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The DDXPlus metrics over a run. DDR and DDP are averaged over patients (set recall and precision of the
 * predicted differential against the ground-truth one); DDF1 is their harmonic mean, as in the DDXPlus paper.
 */
public final class Metrics {

    /** The figures of a run. {@code perCondition}: condition -> [patients, top-1 correct]. */
    public record Report(int n, double gtpa1, double gtpa3, double ddr, double ddp, double ddf1, double il,
                         double msPerPatient, int redFlagStops, Map<String, int[]> perCondition) {}

    private final double ddThreshold;
    private int n, top1, top3, redFlagStops;
    private double recall, precision, questions, nanos;
    private final Map<String, int[]> perCondition = new TreeMap<>();

    /** @param ddThreshold conditions at or above this probability form the predicted differential */
    public Metrics(double ddThreshold) {
        this.ddThreshold = ddThreshold;
    }

    public void add(String diagnosis, Map<String, Double> truth, Differential predicted, int asked, long elapsedNanos,
                    boolean redFlagStop) {
        n++;
        List<Candidate> ranked = predicted.candidates();
        boolean first = ranked.get(0).conditionId().equals(diagnosis);
        if (first) top1++;
        for (int i = 0; i < Math.min(3, ranked.size()); i++) if (ranked.get(i).conditionId().equals(diagnosis)) top3++;
        Set<String> p = new HashSet<>();
        predicted.plausible(ddThreshold).forEach(c -> p.add(c.conditionId()));
        Set<String> g = truth.keySet();
        long hit = p.stream().filter(g::contains).count();
        recall += g.isEmpty() ? 1 : (double) hit / g.size();
        precision += (double) hit / p.size();
        questions += asked;
        nanos += elapsedNanos;
        if (redFlagStop) redFlagStops++;
        int[] pc = perCondition.computeIfAbsent(diagnosis, k -> new int[2]);
        pc[0]++;
        if (first) pc[1]++;
    }

    public Report report() {
        if (n == 0) return new Report(0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());
        double ddr = recall / n, ddp = precision / n;
        double f1 = ddr + ddp == 0 ? 0 : 2 * ddr * ddp / (ddr + ddp);
        return new Report(n, (double) top1 / n, (double) top3 / n, ddr, ddp, f1, questions / n, nanos / n / 1e6,
                redFlagStops, Map.copyOf(perCondition));
    }
}
