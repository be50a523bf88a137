package com.yilian.scheduler.sim;

import com.yilian.scheduler.Priority;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.DataClass;
import com.yilian.tenants.PoolKind;
import com.yilian.tenants.Tenant;
import com.yilian.tenants.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic consortium day, seeded so a run can be repeated. Load is sized against the consortium's own local
 * capacity so the day stresses it whatever the configuration: every hospital has a morning outpatient peak of its
 * own size and hour (the tertiary hospital the largest; together they slightly exceed the local GPUs), an afternoon
 * lull after 12:00, a smaller afternoon clinic, a quiet evening, and overnight batch work (follow-up summaries,
 * re-analysis) mostly from the tertiary hospital. 20–40% of each hospital's calls carry PHI.
 */
public final class TraceGenerator {
    /** Decode-token equivalents a request of each priority costs on average: output + prompt / prefill speed-up. */
    private static final double[] MEAN_PROMPT = {800, 1500, 2000};
    private static final double[] MEAN_OUTPUT = {150, 400, 600};
    private static final double[] DAY_MIX = {0.5, 0.4, 0.1};

    private final Consortium consortium;
    private final long seed;

    public TraceGenerator(Consortium consortium, long seed) {
        this.consortium = consortium;
        this.seed = seed;
    }

    /** A trace from midnight. */
    public List<TraceRecord> generate(double hours) {
        return generate(0, hours);
    }

    /** A trace of {@code hours} starting at {@code fromHour} of the day; times count from the start of the trace. */
    public List<TraceRecord> generate(double fromHour, double hours) {
        double capacity = consortium.modelPools().stream().filter(p -> p.kind() == PoolKind.LOCAL)
                .mapToDouble(p -> (double) p.replicas() * p.tokensPerSecond()).sum();
        double dayUnits = DAY_MIX[0] * units(0) + DAY_MIX[1] * units(1) + DAY_MIX[2] * units(2);
        List<Tenant> tenants = consortium.tenants();
        double communityShares = tenants.stream().filter(t -> t.tier() != Tier.TERTIARY)
                .mapToDouble(t -> t.quota().share()).sum();
        List<TraceRecord> out = new ArrayList<>();
        SplittableRandom root = new SplittableRandom(seed);
        int community = 0;
        for (Tenant t : tenants) {
            SplittableRandom rnd = root.split();
            boolean tertiary = t.tier() == Tier.TERTIARY;
            // Peak size as a fraction of local capacity, and its hour: community centres peak at different times.
            double peak = tertiary ? 0.55
                    : 0.5 * t.quota().share() / Math.max(communityShares, 1e-9) * (1.3 - 0.25 * (community % 4));
            double peakHour = tertiary ? 9.0 : 8.0 + 0.5 * (community % 4);
            double nightBatch = tertiary ? 0.45 : 0.06;
            double phi = 0.2 + 0.2 * rnd.nextDouble();
            String tenantId = t.id();
            if (!tertiary) {
                community++;
            }
            Shape shape = new Shape(peak, peakHour, nightBatch);
            for (int p = 0; p < 3; p++) {
                int priority = p;
                double unitsPerRequest = units(p);
                arrivals(rnd, fromHour, hours, h -> {
                    double day = shape.day(h) * DAY_MIX[priority] * capacity / dayUnits;
                    double night = priority == 2 ? shape.night(h) * capacity / unitsPerRequest : 0;
                    return day + night;
                }, tMs -> out.add(record(rnd, tenantId, tMs, priority, phi)));
            }
        }
        out.sort(Comparator.comparingLong(TraceRecord::tMs));
        return out;
    }

    private static double units(int priority) {
        return MEAN_OUTPUT[priority] + MEAN_PROMPT[priority] / 10;
    }

    private TraceRecord record(SplittableRandom rnd, String tenant, long tMs, int priority, double phi) {
        double u = rnd.nextDouble();
        DataClass c = u < phi ? DataClass.PHI : u < phi + (1 - phi) * 0.7 ? DataClass.DEIDENTIFIED : DataClass.PUBLIC;
        return new TraceRecord(tMs, tenant, Priority.values()[priority], c,
                tokens(rnd, MEAN_PROMPT[priority], 16, 8000), tokens(rnd, MEAN_OUTPUT[priority], 8, 2000));
    }

    /** Log-normal around the mean (σ = 0.5), clamped to what a model accepts. */
    private static int tokens(SplittableRandom rnd, double mean, int min, int max) {
        double v = mean * Math.exp(0.5 * gaussian(rnd) - 0.125);
        return (int) Math.max(min, Math.min(max, Math.round(v)));
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = Math.max(rnd.nextDouble(), 1e-12);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    /** A non-homogeneous Poisson process by thinning: candidates at the peak rate, kept in proportion to the rate. */
    private static void arrivals(SplittableRandom rnd, double fromHour, double hours,
                                 java.util.function.DoubleUnaryOperator rate, java.util.function.LongConsumer emit) {
        double max = 0;
        for (double h = 0; h < hours; h += 1.0 / 60) {
            max = Math.max(max, rate.applyAsDouble((fromHour + h) % 24));
        }
        if (max <= 0) {
            return;
        }
        double t = 0;
        double end = hours * 3600;
        while (true) {
            t += -Math.log(1 - rnd.nextDouble()) / max;
            if (t >= end) {
                return;
            }
            if (rnd.nextDouble() * max < rate.applyAsDouble((fromHour + t / 3600) % 24)) {
                emit.accept(Math.round(t * 1000));
            }
        }
    }

    /** Load by hour of day, as a fraction of local capacity. */
    private record Shape(double peak, double peakHour, double nightBatch) {
        double day(double h) {
            double morning = peak * Math.exp(-0.5 * Math.pow((h - peakHour) / 0.9, 2));
            double clinic = h >= 7 && h < 12 ? 0.3 * peak : 0;
            double lull = h >= 12 && h < 14 ? 0.12 * peak : 0;
            double afternoon = h >= 14 && h < 17.5 ? 0.45 * peak : 0;
            double evening = h >= 17.5 && h < 22 ? 0.1 * peak : 0;
            double night = h < 7 || h >= 22 ? 0.03 * peak : 0;
            return morning + clinic + lull + afternoon + evening + night;
        }

        double night(double h) {
            return h >= 22 || h < 6 ? nightBatch : 0;
        }
    }
}
