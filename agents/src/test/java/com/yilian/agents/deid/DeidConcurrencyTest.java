package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@link Deidentifier} shared by 8 threads gives exactly the single-threaded output (HanLP's segmenter is shared;
 * all per-call state must stay per call). Also prints throughput, single-threaded and with 8 threads: a benchmark
 * figure, not an assertion.
 */
class DeidConcurrencyTest {
    private static final int THREADS = 8;

    @Test
    void sharedInstanceGivesTheSingleThreadedOutputFromEightThreads() throws Exception {
        Deidentifier deid = new Deidentifier();
        List<String> texts = new ClinicalTextGenerator(DeidEvaluationTest.EVALUATION_SEED,
                DeidEvaluationTest.DEVELOPMENT_GROUPS).generate(1000).stream().map(LabelledRecord::text).toList();
        for (String t : texts.subList(0, 200)) deid.deidentify(t);   // warm-up: class loading, JIT, dictionaries

        long t0 = System.nanoTime();
        List<DeidentifiedText> expected = new ArrayList<>();
        for (String t : texts) expected.add(deid.deidentify(t));
        double single = texts.size() / ((System.nanoTime() - t0) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            long t1 = System.nanoTime();
            for (int k = 0; k < THREADS; k++) {
                // Each thread walks all records in its own order, so that different texts overlap in time.
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) order.add(i);
                Collections.shuffle(order, new Random(k));
                runs.add(pool.submit(() -> mismatches(deid, texts, expected, order)));
            }
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> run : runs) mismatches.addAll(run.get());
            double parallel = THREADS * texts.size() / ((System.nanoTime() - t1) / 1e9);
            System.out.printf("De-identification throughput: %.0f records/s single-threaded, %.0f records/s with %d "
                    + "threads on %d cores (%d records, mixed development set)%n", single, parallel, THREADS,
                    Runtime.getRuntime().availableProcessors(), texts.size());
            assertThat(mismatches).as("records whose output differs from the single-threaded run").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> mismatches(Deidentifier deid, List<String> texts, List<DeidentifiedText> expected,
                                           List<Integer> order) {
        List<String> out = new ArrayList<>();
        for (int i : order) {
            DeidentifiedText got = deid.deidentify(texts.get(i));
            if (!got.equals(expected.get(i))) out.add(texts.get(i) + " → " + got.text());
        }
        return out;
    }
}
