package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A name confirmed once in a record is masked wherever it recurs, even where its context alone would not have
 * told (…，程生自生命体征平稳). A longer confirmed name replaces a shorter span it covers (高琦 → 高琦璐), since a
 * name cut short leaks its last character.
 */
final class NamePropagation {
    private NamePropagation() {
    }

    static List<Span> everywhere(String text, Collection<String> confirmed, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        List<String> longestFirst = confirmed.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : longestFirst) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                Span s = new Span(at, at + name.length(), EntityKind.NAME);
                if (insideWord(text, s)) continue;
                if (out.stream().anyMatch(o -> o.overlaps(s) && !(o.start() >= s.start() && o.end() <= s.end()))) continue;
                out.removeIf(o -> o.start() >= s.start() && o.end() <= s.end());
                out.add(s);
            }
        }
        return out;
    }

    /**
     * {@code names} and, beside them, the parts a crew or ward calls a foreigner by when the record gives the full name
     * (Kyaw Soe Naing … Kyaw, Ho Sy Thuc … Thuc): each part of four letters or more, or three with a diacritic (Lực), as
     * written and in capitals. Only names of three words with no English word in them are split (two may be a heading
     * taken for a name, Field Label), and no part that is an English name (Grace is a word too).
     */
    static List<String> withLatinParts(List<String> names) {
        return Stream.concat(names.stream(), names.stream().flatMap(NamePropagation::latinParts)).distinct().toList();
    }

    private static Stream<String> latinParts(String name) {
        if (!name.contains(" ") || name.codePoints().anyMatch(Character::isIdeographic)) return Stream.empty();
        String[] words = name.split("[ ,]+");
        if (words.length < 3 || Arrays.stream(words).anyMatch(w -> EnglishVocabulary.listed(EnglishVocabulary.capitalised(w)))) {
            return Stream.empty();
        }
        return Arrays.stream(words).filter(w -> w.chars().allMatch(Character::isLetter))
                .filter(w -> w.length() >= 4 || w.length() == 3 && w.chars().anyMatch(c -> c > 0x7f))
                .map(EnglishVocabulary::capitalised).filter(w -> !EnglishNameDetector.knownName(w))
                .flatMap(w -> Stream.of(w, w.toUpperCase(Locale.ROOT)));
    }

    // Ann is no name inside Annual: a Latin name recurs only as a word of its own.
    private static boolean insideWord(String text, Span s) {
        return s.start() > 0 && Character.isLetter(text.charAt(s.start() - 1)) && isLatin(text.charAt(s.start()))
                || s.end() < text.length() && Character.isLetter(text.charAt(s.end())) && isLatin(text.charAt(s.end() - 1));
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }
}
