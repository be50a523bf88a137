package com.yilian.agents.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labelled utterances of {@code utterances-*.tsv} and how a reader is scored on them. An utterance names one
 * finding (or none). The question bank asks some findings twice in near-identical words (食欲减退 E_161, 食欲下降
 * E_32; 头晕 E_82, 轻度头晕 E_76…): a reading of a sibling in {@link #SAME_FINDING} counts as the finding.
 */
final class LabelledUtterances {

    record Utterance(String code, boolean positive, String text) {
        boolean none() { return code == null; }
    }

    /** Precision, recall and F1 of the codes, and of the codes with their polarity. */
    record Score(int utterances, double codeP, double codeR, double codeF1, double polP, double polR, double polF1) { }

    private static final List<Set<String>> SAME_FINDING = List.of(Set.of("E_66", "E_64", "E_75"),
            Set.of("E_161", "E_32", "E_174"), Set.of("E_162", "E_174"), Set.of("E_82", "E_76"),
            Set.of("E_89", "E_175", "E_88"), Set.of("E_177", "E_93", "E_157"));

    private LabelledUtterances() { }

    static List<Utterance> load(String half) throws IOException {
        try (InputStream in = LabelledUtterances.class.getResourceAsStream("utterances-" + half + ".tsv")) {
            if (in == null) throw new IOException("utterances-" + half + ".tsv is missing from the test resources");
            List<Utterance> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.add(new Utterance("none".equals(f[0]) ? null : f[0], "+".equals(f[1]), f[2]));
            }
            return out;
        }
    }

    static boolean sameFinding(String gold, String read) {
        return gold.equals(read) || SAME_FINDING.stream().anyMatch(g -> g.contains(gold) && g.contains(read));
    }

    static Score score(EvidenceExtractor reader, List<Utterance> set) {
        int codeTp = 0, codeFp = 0, polTp = 0, polFp = 0, gold = 0;
        for (Utterance u : set) {
            Map<String, Boolean> read = new LinkedHashMap<>();   // first reading of each code
            for (EvidenceExtractor.Mention m : reader.extract(u.text())) read.putIfAbsent(m.code(), m.positive());
            if (!u.none()) gold++;
            boolean codeHit = false, polHit = false;
            for (var r : read.entrySet()) {
                boolean match = !u.none() && sameFinding(u.code(), r.getKey());
                if (match && !codeHit) {
                    codeHit = true;
                    codeTp++;
                    if (r.getValue() == u.positive()) { polHit = true; polTp++; } else polFp++;
                } else {
                    codeFp++;
                    polFp++;
                }
            }
        }
        return new Score(set.size(), ratio(codeTp, codeTp + codeFp), ratio(codeTp, gold), f1(codeTp, codeFp, gold),
                ratio(polTp, polTp + polFp), ratio(polTp, gold), f1(polTp, polFp, gold));
    }

    /** Every utterance with what the reader made of it, for reading the errors of the tuning half. */
    static String misreadings(EvidenceExtractor reader, List<Utterance> set) {
        StringBuilder sb = new StringBuilder();
        for (Utterance u : set) {
            List<String> read = reader.extract(u.text()).stream().map(m -> m.code() + (m.positive() ? "+" : "-")).toList();
            String want = u.none() ? "none" : u.code() + (u.positive() ? "+" : "-");
            boolean ok = u.none() ? read.isEmpty() : read.size() == 1 && sameFinding(u.code(), read.get(0).substring(0,
                    read.get(0).length() - 1)) && read.get(0).endsWith(u.positive() ? "+" : "-");
            if (!ok) sb.append(want).append(" <- ").append(read).append("  ").append(u.text()).append('\n');
        }
        return sb.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    private static double f1(int tp, int fp, int gold) {
        double p = ratio(tp, tp + fp), r = ratio(tp, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
