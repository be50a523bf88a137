package com.yilian.agents.deid;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What HanLP's segmenter says about one text: the spans it tags as person names and the ordinary or clinical words
 * it knows, by start offset. Built per call and thread (the last one is kept per thread, so the learned name finder
 * reuses the rules' segmentation of the same record); nothing is shared between threads but the immutable segmenter.
 */
record HanlpView(Map<Integer, Integer> names, Map<Integer, String> commonWords, Set<Integer> clinical, Set<Integer> medical,
                 NavigableMap<Integer, Integer> termEnds, Map<Integer, String> natures, String text) {
    // Parts of speech of words that are not names: medical (nh*), institutions, places, common nouns, verbs, time words.
    private static final Pattern COMMON_NATURES = Pattern.compile(
            "nh.*|nis|nit|nnt|nnd|n|vn|v|vi|vd|a|ad|an|d|t|f|p|m|mq|q|qt|c|cc|u.*|b|z|ng|nz|nf|ns.*|s");
    private static final Pattern CLINICAL_NATURES = Pattern.compile("nh.*|v|vi");
    // Words that can stand before a title as a role (康复|医生, 夜班|护士), and what follows a clause's subject.
    private static final Pattern WORD_NATURES = Pattern.compile("v.*|n|nnt|a.*|d|b|gi|gm|gb|nh.*");
    private static final Pattern ROLE_NATURES = Pattern.compile("v.*|n|b|a.*|d|g.*");
    private static final Pattern PREDICATE_NATURES = Pattern.compile("v.*|a.*|d|p|vi|vn|nhd|ul|uz|f");
    static final Pattern FUNCTION_NATURES = Pattern.compile("p|c|cc|d|u.*|r.*|v.*|f|m|q.*");
    private static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(true)
            .enableTranslatedNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false);

    // The rules and the learned name finder both read the same record; one segmentation serves both.
    private static final ThreadLocal<HanlpView> LAST = new ThreadLocal<>();

    static HanlpView of(String text) {
        HanlpView last = LAST.get();
        if (last != null && last.text().equals(text)) return last;
        HanlpView view = segment(text);
        LAST.set(view);
        return view;
    }

    private static HanlpView segment(String text) {
        Map<Integer, Integer> names = new HashMap<>();
        Map<Integer, String> common = new HashMap<>();
        Set<Integer> clinical = new HashSet<>();
        Set<Integer> medical = new HashSet<>();
        NavigableMap<Integer, Integer> termEnds = new TreeMap<>();
        Map<Integer, String> natures = new HashMap<>();
        int offset = 0;
        for (Term t : SEGMENT.seg(text)) {
            int start = text.indexOf(t.word, offset);
            if (start < 0) continue;
            offset = start + t.word.length();
            String nature = t.nature == null ? "" : t.nature.toString();
            termEnds.put(start, offset);
            natures.put(start, nature);
            if (COMMON_NATURES.matcher(nature).matches() && t.word.length() >= 2) common.put(start, t.word);
            if (CLINICAL_NATURES.matcher(nature).matches() && t.word.length() >= 2) clinical.add(start);
            if (nature.startsWith("nh")) medical.add(start);
            if (nature.startsWith("nr") && !nature.equals("nrf") && t.word.length() >= 2 && t.word.length() <= 4) {
                names.put(start, offset);
            }
        }
        return new HanlpView(names, common, clinical, medical, termEnds, natures, text);
    }

    /** Part of speech of the term HanLP starts at {@code i}, or "" when none starts there. */
    String natureAt(int i) {
        return natures.getOrDefault(i, "");
    }

    /**
     * The character at {@code i} lies inside a word of two or more characters that HanLP does not take for a person
     * name and that started before it (夜班 → 班, 责任 → 任, 社区 → 区): no name starts there.
     */
    boolean insideWord(int i) {
        var e = termEnds.floorEntry(i);
        return e != null && e.getKey() < i && e.getValue() > i && e.getValue() - e.getKey() >= 2
                && !natureAt(e.getKey()).startsWith("nr");
    }

    /** [from, to) is exactly one word of HanLP's that it does not take for a person name (康复, 麻醉, 管床). */
    boolean wordNotName(int from, int to) {
        Integer end = termEnds.get(from);
        return end != null && end == to && to - from >= 2 && WORD_NATURES.matcher(natureAt(from)).matches();
    }

    /** HanLP reads a word that starts at {@code from} and runs past {@code to} (普外科 past 普外): no name ends there. */
    boolean wordRunsPast(int from, int to) {
        Integer end = termEnds.get(from);
        return end != null && end > to && !natureAt(from).startsWith("nr");
    }

    /** A word of two or more characters, not a name, ends at {@code i} (巡回|护士, 实习|护士, 社区|医生). */
    boolean wordEndsAt(int i) {
        var e = termEnds.lowerEntry(i);
        return e != null && e.getValue() == i && i - e.getKey() >= 2 && ROLE_NATURES.matcher(natureAt(e.getKey())).matches()
                && !Surnames.COMPOUND.contains(text.substring(e.getKey(), i));
    }

    /** A one-character locative or adverbial particle stands right before {@code i} (下|周再, 地|平中). */
    boolean gluedParticleBefore(int i) {
        var e = termEnds.lowerEntry(i);
        return e != null && e.getValue() == i && i - e.getKey() == 1 && natureAt(e.getKey()).matches("f|ude2|ude3|uzhe|ule");
    }

    /** HanLP tags [from, to) as one person name. */
    boolean nameSpan(int from, int to) {
        Integer end = names.get(from);
        return end != null && end == to;
    }

    /** The term at {@code i} is a verb, adjective, adverb or preposition: what a clause's subject is followed by. */
    boolean predicateAt(int i) {
        return PREDICATE_NATURES.matcher(natureAt(i)).matches();
    }

    /** A disease, drug or other medical term starts at {@code i}: what precedes it is its modifier (毛细|支气管炎). */
    boolean medicalAt(int i) {
        return medical.contains(i);
    }

    /** {@code word} is a word whose every reading is an ordinary verb, adjective or noun (方圆, 许诺; not 欧洲, 阴道). */
    static boolean plainWord(String word) {
        var attribute = CoreDictionary.get(word);
        if (attribute == null) return true;
        for (var nature : attribute.nature) {
            if (!nature.toString().matches("v.*|a.*|n|nz|nr.*|i|l|z|b") || bodyPartEnd(word)) return false;
        }
        return true;
    }

    /** {@code word} ends in a body part or symptom character (阴道, 寒战, 左下牙, 左足背), which names rarely do. */
    static boolean bodyPartEnd(String word) {
        return BODY.matcher(word).find();
    }

    // Body parts and symptoms that are also nouns (阴道, 寒战, 苍白).
    private static final String BODY_CHARS = "道战白痛肿热咳喘吐泻血痒麻晕胀牙背足脚手掌头胸腹腰腿臂膝肩颈眼耳鼻口唇舌";
    private static final Pattern BODY = Pattern.compile("[" + BODY_CHARS + "]$");

    /** {@code word} holds a body part or symptom character anywhere (左手掌, 左口角, 阴道壁). */
    static boolean bodyPartWithin(String word) {
        return word.chars().anyMatch(c -> BODY_CHARS.indexOf(c) >= 0);
    }

    /** HanLP's core dictionary holds {@code word} (今日, 毛细, 方可). */
    static boolean isWord(String word) {
        return CoreDictionary.contains(word);
    }

    /** HanLP's core dictionary reads {@code word} first as a place name (安哥拉, 郑州市). */
    static boolean isPlaceName(String word) {
        var attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature[0].toString().startsWith("ns");
    }

    // How often HanLP's corpus must have seen a noun for it to be read as the noun (项目 507, 信息 379).
    private static final int COMMON = 100;

    /** HanLP's core dictionary reads {@code word} first as a noun it has seen often (项目, 信息). */
    static boolean isCommonNoun(String word) {
        var attribute = CoreDictionary.get(word);
        return attribute != null && attribute.totalFrequency >= COMMON && attribute.nature[0].toString().matches("n|vn");
    }

    /** A known word starts at {@code i} and runs past {@code g0} (方可, 毛细; not the compound surname 赫连 alone). */
    static boolean dictionaryWordCrossing(String text, int i, int g0) {
        for (int len = 4; len > g0 - i; len--) {
            if (i + len <= text.length() && CoreDictionary.contains(text.substring(i, i + len))) return true;
        }
        return false;
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
