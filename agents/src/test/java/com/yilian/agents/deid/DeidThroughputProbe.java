package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;

/**
 * Development aid (not a test): records per second of the default de-identifier, one thread, on 2,000 mixed records
 * (development templates, BLIND_4, 6, 8 and 10 at seed 1000), after a warm-up, for three rounds. Run it alternately on
 * two checkouts in one session to compare them; absolute figures depend on the machine's load.
 */
final class DeidThroughputProbe {
    private static final String[] GROUPS = {"DEVELOPMENT", "BLIND_4", "BLIND_6", "BLIND_8", "BLIND_10"};
    private static final int RECORDS = 2000;

    public static void main(String[] args) throws ReflectiveOperationException {
        List<String> texts = new ArrayList<>();
        for (String group : GROUPS) {
            for (LabelledRecord r : new ClinicalTextGenerator(1000, TemplateGroups.named(group)).generate(RECORDS / GROUPS.length)) {
                texts.add(r.text());
            }
        }
        Deidentifier deid = new Deidentifier();
        for (String t : texts.subList(0, 300)) deid.find(t);
        for (int round = 1; round <= 3; round++) {
            long started = System.nanoTime();
            for (String t : texts) deid.find(t);
            System.out.printf("round %d: %.0f records/s%n", round, texts.size() / ((System.nanoTime() - started) / 1e9));
        }
    }
}
