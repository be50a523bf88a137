package com.yilian.agents.baseline;

import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds yes/no findings by their words: the synonym table, then the knowledge base's Chinese clinical terms (split
 * at "/" and brackets). Longest phrase first, no overlaps. A negator earlier in the same clause (没有发烧, 不咳嗽,
 * 否认胸痛, 挺正常的, no fever) or right after the phrase (发烧没有) makes the mention negative. The embedding reader
 * uses the same negation over a whole clause.
 */
public final class LexicalEvidenceExtractor implements EvidenceExtractor {

    private static final Pattern TERM_SPLIT = Pattern.compile("[/（）()、，,]");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。.;；!！?？\\n]|但|可是|(?<!\\p{IsHan})不过|\\bbut\\b");
    /**
     * Words with a negator that do not deny a finding: 不停地咳嗽, 不舒服; a verb's "cannot" (喘不上气, 咽不下, 睡不着,
     * 起不来); lacking something as the symptom itself (没劲, 没胃口, 四肢无力, 不能走路); 一直没好.
     */
    private static final Pattern NOT_A_NEGATION = Pattern.compile("不停|不断|不舒服|不适|不好|不行|不止|不了|受不"
            + "|(?<=\\p{IsHan})不(?:上|过|动|着|到|下|起|清|来|住|进|出来|干净|完|开)|不能|没法|没办法|无法|不够"
            + "|没劲|没力气?|没精神|没胃口|没食欲|没味|没知觉|没感觉|无力|没想到|没好|不见好|没睡够|没睡好|不正常");
    /** Negators, and saying the thing is as usual (血压挺正常的, 胃口还是老样子), which denies the finding too. */
    private static final Pattern ZH_NEGATOR = Pattern.compile("没有|没|无|不|否认|未"
            + "|正常|挺好|没问题|[跟和]平时(?:一样|差不多)|老样子");
    private static final Pattern EN_NEGATOR = Pattern.compile("\\b(no|not|don't|dont|didn't|haven't|denies|deny|without|never|none)\\b");
    /** A negator right after the phrase (发烧没有), but not a verb's "cannot" (喘不过来, 咳不出来). */
    private static final Pattern AFTER_NEGATOR = Pattern.compile(
            "^\\s*(没有|没|无|不(?!停|断|止|舒服|适|上|过|动|着|到|下|起|清|来|住|进|出来|干净|完|开))");

    private final Map<String, String> phrases;      // lower-case phrase -> evidence code
    private final List<String> longestFirst;

    public LexicalEvidenceExtractor(KnowledgeBase kb) {
        Map<String, String> p = new LinkedHashMap<>(Synonyms.table());
        for (Evidence e : kb.evidences()) {
            if (e.type() != EvidenceType.BINARY) continue;
            for (String piece : TERM_SPLIT.split(e.term().zh())) {
                String w = piece.trim().toLowerCase(Locale.ROOT);
                if (w.length() >= 2) p.putIfAbsent(w, e.code());
            }
        }
        this.phrases = Map.copyOf(p);
        this.longestFirst = p.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    @Override
    public List<Mention> extract(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[lower.length()];
        List<int[]> hits = new ArrayList<>();
        for (String phrase : longestFirst) {
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                if (free(taken, at, end) && wordBoundary(lower, phrase, at, end)) {
                    for (int i = at; i < end; i++) taken[i] = true;
                    hits.add(new int[] {at, end});
                }
            }
        }
        hits.sort(Comparator.comparingInt(h -> h[0]));
        for (int[] h : hits) {
            String phrase = lower.substring(h[0], h[1]);
            out.add(new Mention(phrases.get(phrase), !negated(lower, h[0], h[1]), Set.of(),
                    text.substring(h[0], h[1]), h[0]));
        }
        return out;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) if (taken[i]) return false;
        return true;
    }

    /** English phrases must stand as words ("pain" not inside "painting"); Chinese has no word spaces. */
    private static boolean wordBoundary(String s, String phrase, int at, int end) {
        if (!Character.isLetter(phrase.charAt(0)) || phrase.charAt(0) > 127) return true;
        boolean before = at == 0 || !Character.isLetter(s.charAt(at - 1));
        boolean after = end == s.length() || !Character.isLetter(s.charAt(end))
                || s.charAt(end) == 's' || s.startsWith("ing", end);
        return before && after;
    }

    static boolean negated(String lower, int start, int end) {
        String before = lower.substring(clauseStart(lower, start), start);
        before = NOT_A_NEGATION.matcher(before).replaceAll("");
        if (ZH_NEGATOR.matcher(before).find() || EN_NEGATOR.matcher(before).find()) return true;
        return AFTER_NEGATOR.matcher(lower.substring(end)).find();
    }

    private static int clauseStart(String s, int before) {
        var m = CLAUSE_END.matcher(s.substring(0, before));
        int start = 0;
        while (m.find()) start = m.end();
        return start;
    }
}
