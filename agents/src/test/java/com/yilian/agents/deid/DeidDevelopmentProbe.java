package com.yilian.agents.deid;

import java.util.List;

/**
 * Development aid (not a test): prints the misses and false positives on one template group. Arguments: group (as
 * {@link TemplateGroups} names it), seed (default: the group's own), records, lines shown.
 *
 * <p>A group BLIND_n is written by someone who has seen neither the rules nor the model, and is measured once, with
 * both frozen, on its own seed; from then on it is development data. {@link NameModelTrainer#LAST_TRAINED_BLIND} is
 * the last one the shipped name model was trained on.
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
