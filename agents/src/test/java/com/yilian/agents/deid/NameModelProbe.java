package com.yilian.agents.deid;

import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Development aid (not a test): scores the rules alone, the learned name model alone (names only) and both together
 * on one template group. Arguments: group, seed, records, model file (default: the shipped one), minimum probability,
 * lines of misses shown.
 */
final class NameModelProbe {
    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        LearnedNameDetector.allowFactory();
        String group = args[0];
        long seed = Long.parseLong(args[1]);
        int records = Integer.parseInt(args[2]);
        TokenNameFinderModel model = args.length > 3 && !args[3].equals("-") ? new TokenNameFinderModel(Path.of(args[3]))
                : LearnedNameDetector.load();
        double minProbability = args.length > 4 ? Double.parseDouble(args[4]) : LearnedNameDetector.MIN_PROBABILITY;
        int limit = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        List<LabelledRecord> set = new ClinicalTextGenerator(seed, TemplateGroups.named(group)).generate(records);
        LearnedNameDetector learned = new LearnedNameDetector(model, minProbability);
        score("rules", new Deidentifier(Deidentifier.withRules()), set, 0);
        score("model", new Deidentifier(List.of(learned)), set, 0);
        score("rules+model", new Deidentifier(Deidentifier.withRules(learned)), set, limit);
    }

    private static void score(String name, Deidentifier d, List<LabelledRecord> set, int limit) {
        DeidMetrics m = new DeidMetrics();
        int shown = 0;
        long started = System.nanoTime();
        for (LabelledRecord r : set) {
            List<Span> p = d.find(r.text());
            m.add(r.gold(), p);
            for (Span g : r.gold()) {
                if (g.kind() == EntityKind.NAME && shown < limit && p.stream().noneMatch(x -> x.kind() == g.kind()
                        && x.start() <= g.start() && x.end() >= g.end())) {
                    shown++;
                    System.out.println("MISS [" + g.in(r.text()) + "] " + r.text().replace('\n', '⏎'));
                }
            }
            for (Span x : p) {
                if (x.kind() == EntityKind.NAME && shown < limit
                        && r.gold().stream().noneMatch(g -> g.kind() == x.kind() && g.overlaps(x))) {
                    shown++;
                    System.out.println("FP   [" + x.in(r.text()) + "] " + r.text().replace('\n', '⏎'));
                }
            }
        }
        DeidMetrics.Counts names = m.perKind.get(EntityKind.NAME), all = m.overall();
        System.out.printf("%-12s names recall %.4f precision %.4f | all recall %.4f precision %.4f | %.0f rec/s%n", name,
                names.recall(), names.precision(), all.recall(), all.precision(),
                set.size() / ((System.nanoTime() - started) / 1e9));
    }
}
