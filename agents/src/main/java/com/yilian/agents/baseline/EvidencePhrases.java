package com.yilian.agents.baseline;

import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Chinese phrases that stand for each yes/no finding of the question bank: its clinical term (whole and split at
 * "/"), its question as put to the patient (without the bracketed explanation), and the synonym table's phrases.
 * English phrases are left out: the embedding model is a Chinese one.
 */
final class EvidencePhrases {

    /** One phrase of one finding. */
    record Phrase(String code, String text) { }

    private static final Pattern TERM_SPLIT = Pattern.compile("[/（）()、，,]");
    private static final Pattern BRACKETED = Pattern.compile("（[^）]*）|\\([^)]*\\)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private EvidencePhrases() { }

    static List<Phrase> of(KnowledgeBase kb) {
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        Synonyms.table().forEach((phrase, code) -> synonyms.computeIfAbsent(code, c -> new ArrayList<>()).add(phrase));
        List<Phrase> out = new ArrayList<>();
        for (Evidence e : kb.evidences()) {
            if (e.type() != EvidenceType.BINARY) continue;
            Set<String> texts = new LinkedHashSet<>();
            texts.add(e.term().zh().trim());
            for (String piece : TERM_SPLIT.split(e.term().zh())) texts.add(piece.trim());
            texts.add(BRACKETED.matcher(e.question().zh()).replaceAll("").replaceAll("[？?。]", "").trim());
            texts.addAll(synonyms.getOrDefault(e.code(), List.of()));
            for (String t : texts) {
                if (t.length() >= 2 && HAN.matcher(t).find()) out.add(new Phrase(e.code(), t));
            }
        }
        return List.copyOf(out);
    }
}
