package com.yilian.agents.deid;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chinese names in pinyin as passports, insurers and foreign hospitals write them: the surname in capitals before the
 * given name (ZHANG Wei, OUYANG Jingyu, TENG Ping'an), after two initials (A.G. Wu), with an English first name (DOU
 * Rocco, Rocco Dou), or alone after a title (Dr. RUI, Mrs QI). The surname must be the pinyin of a known Chinese surname and the given name a run of pinyin syllables, so
 * CT, ICU or "HE Ward" stay.
 */
final class PinyinNameDetector implements Detector {
    private static final Set<String> SYLLABLES = Stream.of(Pinyin.values()).map(Pinyin::getPinyinWithoutTone)
            .filter(p -> !p.equals("none")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> SURNAMES = Stream.concat(Surnames.SINGLES.stream(), Surnames.COMPOUND.stream())
            .map(PinyinNameDetector::pinyin).filter(p -> !p.isEmpty()).collect(Collectors.toUnmodifiableSet());
    private static final Pattern SURNAME_FIRST = Pattern.compile(
            "(?<![\\p{IsLatin}'’-])([A-Z]{2,8})\\s+([A-Z][a-z]{1,12}(?:['’-]?[a-z]{1,8})?)(?![\\p{IsLatin}'’-])");
    // Passports and foreign forms also write the whole name in capitals (BAI XUELI), the given name first with the
    // surname in capitals (Yinghui JI), or the surname, a comma and the given name (Bai, Xueli): the given name then
    // has two syllables, so that a word of one (MA ICU, Dear LI) is not taken.
    private static final Pattern ALL_CAPITALS = Pattern.compile(
            "(?<![\\p{IsLatin}'’-])([A-Z]{2,8})\\s([A-Z]{2,12})(?![\\p{IsLatin}'’-])");
    private static final Pattern GIVEN_FIRST = Pattern.compile(
            "(?<![\\p{IsLatin}'’-])([A-Z][a-z]{2,12})\\s([A-Z]{2,8})(?![\\p{IsLatin}'’-])");
    private static final Pattern CAPITALS_COMMA = Pattern.compile(
            "(?<![\\p{IsLatin}'’-])([A-Z]{2,8}),\\s?([A-Z]{2,12})(?![\\p{IsLatin}'’-])");
    // A Chinese surname with an English first name, either order (DOU Rocco, Rocco Dou, Jolin La).
    private static final Pattern CAPITALS_ENGLISH = Pattern.compile(
            "(?<![\\p{IsLatin}'’-])([A-Z]{2,8})\\s([A-Z][a-z]{2,10})(?![\\p{IsLatin}'’-])");
    private static final Pattern ENGLISH_SURNAME = Pattern.compile(
            "(?<![\\p{IsLatin}'’-])([A-Z][a-z]{2,10})\\s([A-Z][a-z]{1,7})(?![\\p{IsLatin}'’-])");
    private static final Pattern COMMA = Pattern.compile(
            "(?<![\\p{IsLatin}'’-])([A-Z][a-z]{1,7}),\\s?([A-Z][a-z]{2,12})(?![\\p{IsLatin}'’-])");
    // Two initials of the given name before a pinyin surname (A.G. Wu, C.T. Qin); not P.O. Box or U.S. Army.
    private static final Pattern INITIALS = Pattern.compile(
            "(?<![\\p{IsLatin}.])\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?([A-Z][a-z]{1,7})(?![\\p{IsLatin}'’-])");
    // Tickets, passports' data pages and exports write SURNAME/GIVEN (ZHANG/ERHU, WEN/SHUANMING).
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\p{IsLatin}/'’-])([A-Z]{1,8})/([A-Z]{2,12})(?![\\p{IsLatin}/'’-])");
    private static final Pattern TITLED = Pattern.compile(
            "\\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Madam)\\.?\\s+([A-Z]{2,8})(?![\\p{IsLatin}'’-])");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SURNAME_FIRST.matcher(text);
        while (m.find()) {
            if (isSurname(m.group(1)) && syllables(m.group(2).toLowerCase(Locale.ROOT).replaceAll("['’-]", ""))) {
                out.add(new Span(m.start(1), m.end(2), EntityKind.NAME));
            }
        }
        addTwoSyllableGiven(text, ALL_CAPITALS.matcher(text), 1, 2, out);
        addTwoSyllableGiven(text, GIVEN_FIRST.matcher(text), 2, 1, out);
        addTwoSyllableGiven(text, COMMA.matcher(text), 1, 2, out);
        addTwoSyllableGiven(text, CAPITALS_COMMA.matcher(text), 1, 2, out);
        addEnglishGiven(text, CAPITALS_ENGLISH.matcher(text), 1, 2, out);
        addEnglishGiven(text, ENGLISH_SURNAME.matcher(text), 2, 1, out);
        Matcher initials = INITIALS.matcher(text);
        while (initials.find()) {
            if (isSurname(initials.group(1))) out.add(new Span(initials.start(), initials.end(), EntityKind.NAME));
        }
        Matcher slashed = SLASHED.matcher(text);
        while (slashed.find()) {
            String given = slashed.group(2).toLowerCase(Locale.ROOT);
            String word = slashed.group(2).charAt(0) + given.substring(1);
            if (isSurname(slashed.group(1)) && syllables(given) && !EnglishVocabulary.contains(word)) {
                out.add(new Span(slashed.start(), slashed.end(), EntityKind.NAME));
            }
        }
        Matcher t = TITLED.matcher(text);
        while (t.find()) {
            if (isSurname(t.group(1))) out.add(new Span(t.start(1), t.end(1), EntityKind.NAME));
        }
        return out;
    }

    private static void addTwoSyllableGiven(String text, Matcher m, int surname, int given, List<Span> out) {
        while (m.find()) {
            String g = m.group(given).toLowerCase(Locale.ROOT);
            if (isSurname(m.group(surname)) && twoSyllables(g)) {
                out.add(new Span(m.start(), m.end(), EntityKind.NAME));
            }
        }
    }

    /** A pinyin surname with a listed English given name (Rocco, Yvette; not HE Stain or HE Ward). */
    private static void addEnglishGiven(String text, Matcher m, int surname, int given, List<Span> out) {
        while (m.find()) {
            if (isSurname(m.group(surname)) && EnglishNameDetector.knownGiven(m.group(given))) {
                out.add(new Span(m.start(), m.end(), EntityKind.NAME));
            }
        }
    }

    /** {@code s} splits into exactly two pinyin syllables (xueli = xue + li). */
    private static boolean twoSyllables(String s) {
        for (int cut = 1; cut < s.length(); cut++) {
            if (SYLLABLES.contains(s.substring(0, cut)) && SYLLABLES.contains(s.substring(cut))) return true;
        }
        return false;
    }

    private static boolean isSurname(String capitals) {
        return SURNAMES.contains(capitals.toLowerCase(Locale.ROOT));
    }

    /** {@code s} splits into one to three pinyin syllables (haiyan = hai + yan; pingan = ping + an). */
    static boolean syllables(String s) {
        return split(s, 0, 0);
    }

    private static boolean split(String s, int from, int count) {
        if (from == s.length()) return count >= 1;
        if (count == 3) return false;
        for (int end = Math.min(s.length(), from + 6); end > from; end--) {
            if (SYLLABLES.contains(s.substring(from, end)) && split(s, end, count + 1)) return true;
        }
        return false;
    }

    private static String pinyin(String hanzi) {
        return HanLP.convertToPinyinList(hanzi).stream().map(Pinyin::getPinyinWithoutTone)
                .filter(p -> !p.equals("none")).collect(Collectors.joining());
    }
}
