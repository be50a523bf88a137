package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

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

    // Ann is no name inside Annual: a Latin name recurs only as a word of its own.
    private static boolean insideWord(String text, Span s) {
        return s.start() > 0 && Character.isLetter(text.charAt(s.start() - 1)) && isLatin(text.charAt(s.start()))
                || s.end() < text.length() && Character.isLetter(text.charAt(s.end())) && isLatin(text.charAt(s.end() - 1));
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }
}
