package com.yilian.agents.deid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Clinical words that read like a person's name and are none (华法林, 宫高, 苔薄白, 霍奇金, 孙思邈): a name span that
 * lies inside one of them where it stands in the text is dropped, so a drug, a finding or an eponym keeps its meaning
 * for the model. The words are in {@code clinical-terms-zh.txt} beside this class.
 */
final class ClinicalTerms {
    private static final Set<String> TERMS = load();
    private static final int LONGEST = TERMS.stream().mapToInt(String::length).max().orElse(0);

    private ClinicalTerms() {
    }

    /**
     * {@code spans} without the names that lie inside a clinical word of {@code text} or end in one, unless a label or a gender or
     * age says that the word is a person here (被鉴定人：白术, 杜仲，男，45岁): then it is one wherever it recurs.
     * A surname alone before a title is kept too.
     */
    static List<Span> withoutTerms(String text, List<Span> spans) {
        Set<String> people = new HashSet<>();
        for (Span s : spans) {
            if (s.kind() == EntityKind.NAME && (NameContext.labelBefore(text, s.start()) || NameContext.strongAt(text, s.end()))) {
                people.add(s.in(text));
            }
        }
        // A surname alone before a title is a person even where it and the title make a term (蒙|医生: 蒙医), but a
        // practitioner of that medicine is not (蒙医师).
        return spans.stream().filter(s -> s.kind() != EntityKind.NAME || people.contains(s.in(text))
                || s.length() == 1 && NameContext.titleAt(text, s.end()) && !text.startsWith("医师", s.end())
                || !insideTerm(text, s) && !startsInsideTerm(text, s) && !endsInTerm(s.in(text))
                && !(startsWithTerm(s.in(text)) && !NameContext.cueBefore(text, s.start()))).toList();
    }

    /**
     * A name that ends in a clinical word after two characters that are no surname (方用|黄芪) runs from a word before
     * it into the term; after a surname the term is a given name (李桂枝, 欧阳桂枝).
     */
    private static boolean endsInTerm(String name) {
        for (int length = 2; length <= name.length() - 2 && length <= LONGEST; length++) {
            int before = name.length() - length;
            if (TERMS.contains(name.substring(before)) && Surnames.at(name, 0) != before) return true;
        }
        return false;
    }

    /**
     * A name whose surname and first given character make a clinical word (续方|群, 高原|红) is that word and more,
     * unless a cue says a person stands there (家属杜仲探视).
     */
    private static boolean startsWithTerm(String name) {
        for (int length = 2; length < name.length() && length <= LONGEST; length++) {
            if (TERMS.contains(name.substring(0, length))) return true;
        }
        return false;
    }

    /** A name that opens inside a clinical word and runs out of it (左氧氟沙|星三天: 沙星 is a drug's ending). */
    private static boolean startsInsideTerm(String text, Span name) {
        for (int start = Math.max(0, name.start() - LONGEST + 1); start < name.start(); start++) {
            for (int end = name.start() + 1; end <= Math.min(text.length(), start + LONGEST); end++) {
                if (TERMS.contains(text.substring(start, end))) return true;
            }
        }
        return false;
    }

    static boolean insideTerm(String text, Span name) {
        for (int length = name.length(); length <= LONGEST; length++) {
            for (int start = Math.max(0, name.end() - length); start <= name.start(); start++) {
                if (start + length <= text.length() && TERMS.contains(text.substring(start, start + length))) return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        var in = Objects.requireNonNull(ClinicalTerms.class.getResourceAsStream("clinical-terms-zh.txt"),
                "clinical-terms-zh.txt is missing from the classpath");
        Set<String> terms = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(terms::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(terms);
    }
}
