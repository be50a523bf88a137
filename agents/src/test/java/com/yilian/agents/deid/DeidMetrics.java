package com.yilian.agents.deid;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Entity-level scores. A labelled identifier is recalled when a prediction of its kind covers it entirely (a partly
 * masked phone number still leaks); a prediction is correct when it overlaps a labelled identifier of its kind. Beside
 * them, what leaks: the share of identifiers that placeholders of any kind cover entirely (a record number masked as a
 * bank card does not leak).
 */
final class DeidMetrics {
    record Counts(int gold, int recalled, int predicted, int correct) {
        double recall() {
            return gold == 0 ? 1 : (double) recalled / gold;
        }

        double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        double f2() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 5 * p * r / (4 * p + r);
        }

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, recalled + o.recalled, predicted + o.predicted, correct + o.correct);
        }
    }

    final Map<EntityKind, Counts> perKind = new EnumMap<>(EntityKind.class);
    // What leaks: identifiers with any character outside every placeholder, whatever kind the placeholder says.
    private int goldTotal, masked;

    void add(List<Span> gold, List<Span> predicted) {
        for (Span s : gold) {
            goldTotal++;
            boolean covered = true;
            for (int i = s.start(); i < s.end() && covered; i++) {
                int at = i;
                covered = predicted.stream().anyMatch(x -> x.start() <= at && at < x.end());
            }
            if (covered) masked++;
        }
        for (EntityKind k : EntityKind.values()) {
            int g = 0, rec = 0, p = 0, c = 0;
            for (Span s : gold) {
                if (s.kind() != k) continue;
                g++;
                if (predicted.stream().anyMatch(x -> x.kind() == k && x.start() <= s.start() && x.end() >= s.end())) rec++;
            }
            for (Span s : predicted) {
                if (s.kind() != k) continue;
                p++;
                if (gold.stream().anyMatch(x -> x.kind() == k && x.overlaps(s))) c++;
            }
            perKind.merge(k, new Counts(g, rec, p, c), Counts::plus);
        }
    }

    /** Share of identifiers masked entirely, by placeholders of any kind: one minus the leak rate. */
    double maskedRecall() {
        return goldTotal == 0 ? 1 : (double) masked / goldTotal;
    }

    Counts overall() {
        return perKind.values().stream().reduce(new Counts(0, 0, 0, 0), Counts::plus);
    }

    String report() {
        StringBuilder b = new StringBuilder(String.format("%-8s %6s %6s %8s %9s %6s%n", "kind", "gold", "pred", "recall",
                "precision", "F2"));
        perKind.forEach((k, c) -> b.append(line(k.label(), c)));
        b.append(line("overall", overall()));
        return b.append(String.format("masked by any placeholder: %.4f (%d of %d)%n", maskedRecall(), masked, goldTotal))
                .toString();
    }

    private static String line(String name, Counts c) {
        return String.format("%-8s %6d %6d %8.4f %9.4f %6.4f%n", name, c.gold(), c.predicted(), c.recall(),
                c.precision(), c.f2());
    }
}
