package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures entity-level recall, precision and F2 per kind on fixed-seed synthetic sets and prints them. Development
 * used seed 7 and a different mix of templates; the evaluation seeds were never used while writing the rules, and
 * the {@link ClinicalTextGenerator#FRESH} templates were never used to change them (see the generator for the history).
 */
class DeidEvaluationTest {
    static final long EVALUATION_SEED = 20261122L;
    static final long UNSEEN_SEED = 20261123L;
    static final long BLIND_SEED = 20261124L;

    private final Deidentifier deid = new Deidentifier();

    @Test
    void reportsRecallPrecisionAndF2() {
        List<String> all = Stream.of(ClinicalTextGenerator.DEVELOPMENT, ClinicalTextGenerator.REVIEWED,
                ClinicalTextGenerator.UNSEEN, ClinicalTextGenerator.FRESH).flatMap(List::stream).toList();
        DeidMetrics mixed = measure("all templates", EVALUATION_SEED, all, 2000);
        DeidMetrics unseen = measure("fresh templates only", UNSEEN_SEED, ClinicalTextGenerator.FRESH, 800);
        DeidMetrics blind = measure("blind templates only", BLIND_SEED, ClinicalTextGenerator.BLIND, 800);

        // The goal holds on the evaluation seed, whose templates include ones the rules were revised on.
        assertThat(mixed.overall().recall()).as("overall recall").isGreaterThanOrEqualTo(0.99);
        assertThat(mixed.overall().precision()).as("overall precision").isGreaterThanOrEqualTo(0.95);
        assertThat(unseen.overall().recall()).isGreaterThanOrEqualTo(0.985);
        // On templates never used to revise the rules it does not (names: recall 0.93); floors guard against regression.
        assertThat(blind.overall().recall()).as("blind recall").isGreaterThanOrEqualTo(0.95);
        assertThat(blind.overall().precision()).as("blind precision").isGreaterThanOrEqualTo(0.99);
    }

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
