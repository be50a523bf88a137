package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures entity-level recall, precision and F2 per kind on fixed-seed synthetic sets and prints them. Development
 * used seed 7 (and 99 for the probe) with the development groups; the evaluation seeds were never used while writing
 * the rules. Only {@link BlindTemplates#BLIND_2} was never used to change them (see the generator for the history).
 */
class DeidEvaluationTest {
    static final long EVALUATION_SEED = 20261122L;
    static final long UNSEEN_SEED = 20261123L;
    static final long FORMER_BLIND_SEED = 20261124L;
    static final long BLIND_2_SEED = 20261125L;

    /** Every template group the rules were written or revised on. */
    static final List<String> DEVELOPMENT_GROUPS = Stream.of(ClinicalTextGenerator.DEVELOPMENT,
            ClinicalTextGenerator.REVIEWED, ClinicalTextGenerator.UNSEEN, ClinicalTextGenerator.FRESH,
            ClinicalTextGenerator.FORMER_BLIND).flatMap(List::stream).toList();

    private final Deidentifier deid = new Deidentifier();

    @Test
    void reportsRecallPrecisionAndF2() {
        DeidMetrics mixed = measure("all development templates", EVALUATION_SEED, DEVELOPMENT_GROUPS, 2000);
        DeidMetrics fresh = measure("fresh templates only", UNSEEN_SEED, ClinicalTextGenerator.FRESH, 800);
        DeidMetrics former = measure("former blind templates (development since)", FORMER_BLIND_SEED,
                ClinicalTextGenerator.FORMER_BLIND, 800);
        DeidMetrics blind = measure("BLIND_2 templates (rules frozen)", BLIND_2_SEED, BlindTemplates.BLIND_2, 1000);

        // The goal holds on the evaluation seed, whose templates are all ones the rules were revised on.
        assertThat(mixed.overall().recall()).as("overall recall").isGreaterThanOrEqualTo(0.99);
        assertThat(mixed.overall().precision()).as("overall precision").isGreaterThanOrEqualTo(0.95);
        assertThat(fresh.overall().recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(former.overall().recall()).as("former blind recall").isGreaterThanOrEqualTo(0.99);
        // BLIND_2: floors set just under the one measurement, to guard against regression (see README).
        assertThat(blind.overall().recall()).as("BLIND_2 recall").isGreaterThanOrEqualTo(BLIND_2_RECALL_FLOOR);
        assertThat(blind.perKind.get(EntityKind.NAME).recall()).as("BLIND_2 name recall")
                .isGreaterThanOrEqualTo(BLIND_2_NAME_RECALL_FLOOR);
        assertThat(blind.overall().precision()).as("BLIND_2 precision").isGreaterThanOrEqualTo(BLIND_2_PRECISION_FLOOR);
    }

    // Measured once with the rules frozen: recall 0.9313, names 0.9096, precision 0.9348 (names 0.9142).
    static final double BLIND_2_RECALL_FLOOR = 0.93;
    static final double BLIND_2_NAME_RECALL_FLOOR = 0.905;
    static final double BLIND_2_PRECISION_FLOOR = 0.93;

    private DeidMetrics measure(String name, long seed, List<String> templates, int n) {
        List<LabelledRecord> records = new ClinicalTextGenerator(seed, templates).generate(n);
        DeidMetrics metrics = new DeidMetrics();
        for (LabelledRecord r : records) metrics.add(r.gold(), deid.find(r.text()));
        long sentences = records.stream().mapToLong(r -> r.text().split("[。.](?=\\S|$)").length).sum();
        System.out.printf("%nDe-identification, %s: seed %d, %d records, %d sentences%n", name, seed, n, sentences);
        System.out.print(metrics.report());
        assertThat(sentences).isGreaterThanOrEqualTo(n);
        return metrics;
    }
}
