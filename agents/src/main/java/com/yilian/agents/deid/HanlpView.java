package com.yilian.agents.deid;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What HanLP's segmenter says about one text: the spans it tags as person names and the ordinary or clinical words
 * it knows, by start offset. Built once per call, so nothing is shared between threads but the immutable segmenter.
 */
record HanlpView(Map<Integer, Integer> names, Map<Integer, String> commonWords, Set<Integer> clinical, Set<Integer> medical) {
    // Parts of speech of words that are not names: medical (nh*), institutions, places, common nouns, verbs, time words.
    private static final Pattern COMMON_NATURES = Pattern.compile(
            "nh.*|nis|nit|nnt|nnd|n|vn|v|vi|vd|a|ad|an|d|t|f|p|m|mq|q|qt|c|cc|u.*|b|z|ng|nz|nf|ns.*|s");
    private static final Pattern CLINICAL_NATURES = Pattern.compile("nh.*|v|vi");
    private static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(true)
            .enableTranslatedNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false);

    static HanlpView of(String text) {
        Map<Integer, Integer> names = new HashMap<>();
        Map<Integer, String> common = new HashMap<>();
        Set<Integer> clinical = new HashSet<>();
        Set<Integer> medical = new HashSet<>();
        int offset = 0;
        for (Term t : SEGMENT.seg(text)) {
            int start = text.indexOf(t.word, offset);
            if (start < 0) continue;
            offset = start + t.word.length();
            String nature = t.nature == null ? "" : t.nature.toString();
            if (COMMON_NATURES.matcher(nature).matches() && t.word.length() >= 2) common.put(start, t.word);
            if (CLINICAL_NATURES.matcher(nature).matches() && t.word.length() >= 2) clinical.add(start);
            if (nature.startsWith("nh")) medical.add(start);
            if (nature.startsWith("nr") && !nature.equals("nrf") && t.word.length() >= 2 && t.word.length() <= 4) {
                names.put(start, offset);
            }
        }
        return new HanlpView(names, common, clinical, medical);
    }

    /** A disease, drug or other medical term starts at {@code i}: what precedes it is its modifier (毛细|支气管炎). */
    boolean medicalAt(int i) {
        return medical.contains(i);
    }

    /** HanLP's core dictionary holds {@code word} (今日, 毛细, 方可). */
    static boolean isWord(String word) {
        return CoreDictionary.contains(word);
    }

    /** A known word of two to four characters starts at {@code i} (生命, 食欲, 查房). */
    static boolean dictionaryWordAt(String text, int i) {
        for (int len = 4; len >= 2; len--) {
            if (i + len <= text.length() && CoreDictionary.contains(text.substring(i, i + len))) return true;
        }
        return false;
    }

    /**
     * HanLP reads a word that starts in the surname [from, g0) and runs into the given name (方可, 毛细), or a
     * clinical word or verb that lies wholly inside the given name [g0, to) (史|加重); only those, since given
     * names are often adjectives or nouns themselves (光亮, 欣欣, 建国).
     */
    boolean commonWordWithin(int from, int to, int g0) {
        for (var e : commonWords.entrySet()) {
            int start = e.getKey(), end = start + e.getValue().length();
            if (start >= from && start < g0 && end > g0 && end <= to) return true;
            if (start >= g0 && end <= to && clinical.contains(start)) return true;
        }
        return false;
    }
}
