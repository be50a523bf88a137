package com.yilian.agents.deid;

import java.util.List;

/** Development aid (not a test): prints the misses on the development set. */
final class DeidDevelopmentProbe {
    public static void main(String[] args) {
        Deidentifier d = new Deidentifier();
        DeidMetrics m = new DeidMetrics();
        boolean heldOut = args.length > 0;
        List<String> templates = heldOut && args[0].equals("b") ? ClinicalTextGenerator.BLIND : heldOut && args[0].equals("f") ? ClinicalTextGenerator.FRESH : heldOut && args[0].equals("u") ? ClinicalTextGenerator.UNSEEN : heldOut
                ? java.util.stream.Stream.concat(ClinicalTextGenerator.DEVELOPMENT.stream(), ClinicalTextGenerator.REVIEWED.stream()).toList()
                : ClinicalTextGenerator.DEVELOPMENT;
        int shown = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(heldOut ? 99 : 7, templates).generate(1500)) {
            List<Span> p = d.find(r.text());
            m.add(r.gold(), p);
            for (Span g : r.gold()) {
                if (p.stream().noneMatch(x -> x.kind() == g.kind() && x.start() <= g.start() && x.end() >= g.end()) && shown++ < 60) {
                    System.out.println("MISS " + g.kind() + " [" + g.in(r.text()) + "] " + r.text() + "  PRED " + show(p, r.text()));
                }
            }
            for (Span x : p) {
                if (r.gold().stream().noneMatch(g -> g.kind() == x.kind() && g.overlaps(x)) && shown++ < 60) {
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
