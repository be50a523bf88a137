package com.yilian.agents.deid;

import java.util.List;

/**
 * Development aid (not a test): prints the misses and false positives on one template group.
 * Arguments: group (DEVELOPMENT, REVIEWED, UNSEEN, FRESH, FORMER_BLIND, FORMER_BLIND_2, DEVELOPMENT_3, BLIND_3, BLIND_4,
 * BLIND_5: every one of them development data since its single blind run; BLIND_6, still blind, is to be run once with
 * the rules frozen; so is BLIND_7, written later without seeing the rules; BLIND_8, written later still without seeing
 * the rules or the model, is still blind too and is to be run once with the rules and model frozen; so is BLIND_9,
 * written after it, likewise without seeing the rules or the model, still blind; so is BLIND_10, written after that
 * on the same terms, still blind; so is BLIND_11, written after BLIND_10 on the same terms; so is BLIND_12, written
 * after BLIND_11 on the same terms; so is BLIND_13, written after BLIND_12 on the same terms; so is BLIND_14, written
 * after BLIND_13 on the same terms; so is BLIND_15, written after BLIND_14 on the same terms; so is BLIND_16, written
 * after BLIND_15 on the same terms; so is BLIND_17, written after BLIND_16 on the same terms; so is BLIND_18, written
 * after BLIND_17 on the same terms; so is BLIND_19, written after BLIND_18 on the same terms; so is BLIND_20, written
 * after BLIND_19 on the same terms; so is BLIND_21, written beside BLIND_20 on the same terms; so is BLIND_22,
 * written after BLIND_21 on the same terms; so is BLIND_23, written after BLIND_22 on the same terms; so is BLIND_24,
 * written after BLIND_23 on the same terms; so is BLIND_25, written after BLIND_24 on the same terms; so is BLIND_26,
 * written after BLIND_25 on the same terms; so is BLIND_27, written after BLIND_26 on the same terms), seed, records,
 * lines shown.
 */
final class DeidDevelopmentProbe {
    public static void main(String[] args) throws ReflectiveOperationException {
        String group = args.length > 0 ? args[0] : "DEVELOPMENT";
        long seed = args.length > 1 ? Long.parseLong(args[1]) : TemplateGroups.seedOf(group);
        int records = args.length > 2 ? Integer.parseInt(args[2]) : 1500;
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        List<String> templates = TemplateGroups.named(group);
        Deidentifier d = new Deidentifier();
        DeidMetrics m = new DeidMetrics();
        int shown = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(seed, templates).generate(records)) {
            List<Span> p = d.find(r.text());
            m.add(r.gold(), p);
            for (Span g : r.gold()) {
                if (p.stream().noneMatch(x -> x.kind() == g.kind() && x.start() <= g.start() && x.end() >= g.end()) && shown++ < limit) {
                    System.out.println("MISS " + g.kind() + " [" + g.in(r.text()) + "] " + r.text() + "  PRED " + show(p, r.text()));
                }
            }
            for (Span x : p) {
                if (r.gold().stream().noneMatch(g -> g.kind() == x.kind() && g.overlaps(x)) && shown++ < limit) {
                    System.out.println("FP   " + x.kind() + " [" + x.in(r.text()) + "] " + r.text());
                }
            }
        }
        System.out.print(m.report());
    }

    private static String show(List<Span> p, String t) {
        return p.stream().map(s -> s.kind() + ":" + s.in(t)).toList().toString();
    }
}
