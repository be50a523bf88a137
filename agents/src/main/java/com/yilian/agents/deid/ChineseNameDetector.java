package com.yilian.agents.deid;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese person names: a known surname followed by a one- or two-character given name, accepted when the context
 * says it is a person (a cue before, a title, gender, age or a predicate after) or when HanLP's name recogniser
 * (role tagging over its bundled dictionaries) says so. A name found once is then masked wherever it recurs.
 */
final class ChineseNameDetector implements Detector {
    // Parts of speech of words that are not names: medical (nh*), institutions, common nouns, verbs, time words.
    private static final java.util.regex.Pattern COMMON_NATURES = java.util.regex.Pattern.compile(
            "nh.*|nis|nit|nnt|nnd|n|vn|v|vi|vd|a|ad|d|t|f|p|m|mq|q|qt|c|cc|u.*|b|z");
    private final Segment segment = HanLP.newSegment().enableNameRecognize(true)
            .enableTranslatedNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false);

    @Override
    public List<Span> find(String text) {
        Map<Integer, Integer> hanlpNames = hanlpNames(text);
        List<Span> out = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); ) {
            int end = nameAt(text, i, hanlpNames);
            if (end > i) {
                out.add(new Span(i, end, EntityKind.NAME));
                if (end - i >= 2) found.add(text.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        for (String name : found) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                Span s = new Span(at, at + name.length(), EntityKind.NAME);
                if (out.stream().noneMatch(s::overlaps)) out.add(s);
            }
        }
        return out;
    }

    /** End of the name that starts at {@code i}, or {@code i} if none does. */
    private int nameAt(String text, int i, Map<Integer, Integer> hanlpNames) {
        if (NameContext.CUE_WORD.matcher(text).region(i, text.length()).lookingAt()
                || NameContext.insideTitle(text, i)) return i;
        int end = nameEndAt(text, i, hanlpNames);
        if (end == i || NameContext.NOT_NAMES.contains(text.substring(i, end))) return i;
        // HanLP knows common and clinical words (高血压, 查体): without a cue, title, gender or age around it, a
        // candidate that is exactly one of them is no name (with one, 高明 and 黄金 are).
        boolean context = NameContext.cueBefore(text, i) || NameContext.labelBefore(text, i)
                || NameContext.titleAt(text, end) || NameContext.strongAt(text, end);
        String word = commonWords.get().get(i);
        return !context && word != null && word.length() == end - i ? i : end;
    }

    private int nameEndAt(String text, int i, Map<Integer, Integer> hanlpNames) {
        int s = Surnames.at(text, i);
        if (s == 0) return unlistedSurnameAt(text, i);
        boolean function = NameContext.FUNCTION_SURNAMES.indexOf(text.charAt(i)) >= 0;
        boolean cue = NameContext.cueBefore(text, i);
        if (function && !cue && nameAt(text, i + 1, hanlpNames) > i + 1) return i;
        int g0 = i + s;
        // 王医生 / 李主任: a surname with a title is already an identifier.
        if (NameContext.titleAt(text, g0)) return g0;
        // 刘某某 / 刘某: partly masked names still point at a person.
        if (text.startsWith("某某", g0)) return g0 + 2;
        if (text.startsWith("某", g0) && NameContext.boundaryAt(text, g0 + 1)) return g0 + 1;
        int max = maxGiven(text, g0);
        if (max == 0) return i;
        for (int g = max; g >= 1; g--) {
            int end = g0 + g;
            if (NameContext.titleAt(text, end) || NameContext.strongAt(text, end)) return end;
        }
        Integer hanlp = hanlpNames.get(i);
        boolean hanlpFits = hanlp != null && hanlp > g0 && hanlp <= g0 + max && !NameContext.institutionAt(text, hanlp);
        boolean wordStart = NameContext.startsWord(text, i);
        int weakEnd = endBeforePredicate(text, g0, max);
        // After a cue most names have two given characters, so that is the guess when no predicate settles it.
        if (cue) return weakEnd > 0 ? weakEnd : g0 + max;
        // 于/和/向… are far more often words than surnames: they need a cue, or a clear predicate at a word start.
        if (function) return wordStart && weakEnd > 0 && NameContext.weakLength(text, weakEnd) >= 2 ? weakEnd : i;
        if ((wordStart || NameContext.verbBefore(text, i)) && weakEnd > 0) return weakEnd;
        return hanlpFits && (wordStart || NameContext.boundaryAt(text, hanlp)) ? hanlp : i;
    }

    /** A surname we do not list: taken after a label (开户名：), or before gender, age or kinship (仉波，男，45岁). */
    private static int unlistedSurnameAt(String text, int i) {
        if (NameContext.startsWord(text, i) && NameContext.givenChar(text.charAt(i))
                && NameContext.NOT_SURNAME_BEFORE_TITLE.indexOf(text.charAt(i)) < 0 && NameContext.titleAt(text, i + 1)) {
            return i + 1;
        }
        boolean label = NameContext.labelBefore(text, i);
        boolean cue = label || NameContext.cueBefore(text, i);
        if (!cue && !NameContext.startsWord(text, i)) return i;
        for (int len = 3; len >= 2; len--) {
            int end = i + len;
            if (end > text.length() || !text.substring(i, end).chars().allMatch(c -> NameContext.givenChar((char) c))) {
                continue;
            }
            if (NameContext.strongAt(text, end) || cue && NameContext.titleAt(text, end)) return end;
            if (label && (end == text.length() || !NameContext.givenChar(text.charAt(end)))) return end;
        }
        return i;
    }

    /**
     * End of a given name followed by a predicate, or 0. A two-character predicate beats a one-character one
     * (聂波|自诉, not 聂波自|诉); otherwise the longer given name wins.
     */
    private static int endBeforePredicate(String text, int g0, int max) {
        int best = 0, bestLength = 0;
        for (int g = max; g >= 1; g--) {
            int end = g0 + g;
            int length = NameContext.weakLength(text, end);
            if (length > bestLength && !NameContext.institutionAt(text, end)) {
                best = end;
                bestLength = length;
            }
        }
        return best;
    }

    /** How many of the next two characters can belong to a given name. */
    private static int maxGiven(String text, int g0) {
        int n = 0;
        while (n < 2 && g0 + n < text.length() && NameContext.givenChar(text.charAt(g0 + n))) n++;
        return n;
    }

    // Per-call scratch: start → word for tokens HanLP tags as ordinary or clinical vocabulary.
    private final ThreadLocal<Map<Integer, String>> commonWords = ThreadLocal.withInitial(HashMap::new);

    /** Start → end of each span HanLP tags as a Chinese person name; records its common words on the side. */
    private Map<Integer, Integer> hanlpNames(String text) {
        Map<Integer, Integer> names = new HashMap<>();
        Map<Integer, String> common = commonWords.get();
        common.clear();
        int offset = 0;
        for (Term t : segment.seg(text)) {
            int start = text.indexOf(t.word, offset);
            if (start < 0) continue;
            offset = start + t.word.length();
            String nature = t.nature == null ? "" : t.nature.toString();
            if (COMMON_NATURES.matcher(nature).matches() && t.word.length() >= 2) common.put(start, t.word);
            if (t.nature != null && t.nature.toString().startsWith("nr") && !t.nature.toString().equals("nrf")
                    && t.word.length() >= 2 && t.word.length() <= 4) {
                names.put(start, offset);
            }
        }
        return names;
    }
}
