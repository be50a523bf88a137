package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person who opens a row of a list before their phone, ID number or birth date, with no label or cue: a no-show
 * list (漆国富 137-5027-0021 未到), a class roster (应伯钧 孕30周 149…), a screening list (熊猫 4210871970…), an English
 * one (No-show list: Abdelilah Lahlou 18552454054; Yerzhan Serikbayev 168-8372-4486). The row runs from a line start,
 * a colon or a semicolon to the identifier. Its first item must read as a name: a listed surname and one or two given
 * characters that make no dictionary word (a word such as 熊猫 only right before an ID number, where no label stands),
 * or two or three capitalised words outside the English word list.
 */
final class NameBesideIdentifier {
    private static final Set<EntityKind> ROW_IDENTIFIERS = EnumSet.of(EntityKind.PHONE, EntityKind.ID_NUMBER,
            EntityKind.BIRTH_DATE);
    // What may stand between the name and the identifier (孕30周, , DOB, , forklift driver, ID).
    private static final int MAX_BETWEEN = 30;
    // A roster may number its rows or head them with a day, a time or a queue number (3 哈占鳌, 周二 冶尕娥, A012 台诗涵).
    private static final String ROW_HEAD = "(?:(?:\\d{1,3}[.、)]?|[A-Z]\\d{2,4}|周[一二三四五六日天]|星期[一二三四五六日天]"
            + "|\\d{1,2}[:：]\\d{2}|上午|下午|晚上)[ \\t\\u3000]+)?";
    private static final Pattern CHINESE = Pattern.compile("[ \\t\\u3000]*" + ROW_HEAD + "(\\p{IsHan}{2,4})(?=[ \\t\\u3000，,])");
    private static final Pattern ADDRESSED = Pattern.compile("(?:" + AddressTermDetector.SURNAME_SUFFIX + ")$");
    private static final Pattern LATIN = Pattern.compile("[ \\t]*" + ROW_HEAD + "(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2})(?=,? )");

    private NameBesideIdentifier() {
    }

    /** {@code kept} with the names that open such rows added where no other span stands. */
    static List<Span> add(String text, List<Span> kept) {
        List<Span> out = new ArrayList<>(kept);
        for (Span id : kept) {
            if (!ROW_IDENTIFIERS.contains(id.kind())) continue;
            int row = rowStart(text, id.start());
            Span name = chineseName(text, row, id);
            if (name == null) name = latinName(text, row, id);
            if (name == null || id.start() - name.end() > MAX_BETWEEN || ClinicalTerms.insideTerm(text, name)) continue;
            // It replaces a shorter name inside it (应|伯 read as a form of address in 应伯钧), nothing else.
            Span whole = name;
            boolean blocked = out.stream().anyMatch(s -> s.overlaps(whole)
                    && !(s.kind() == EntityKind.NAME && s.start() >= whole.start() && s.end() <= whole.end()));
            if (blocked) continue;
            out.removeIf(s -> s.overlaps(whole));
            out.add(name);
        }
        return out;
    }

    private static int rowStart(String text, int end) {
        int i = end;
        while (i > 0 && "\n；;：:".indexOf(text.charAt(i - 1)) < 0) i--;
        return i;
    }

    private static Span chineseName(String text, int row, Span id) {
        Matcher m = CHINESE.matcher(text).region(row, id.start());
        if (!m.lookingAt()) return null;
        String candidate = m.group(1);
        int surname = Surnames.at(candidate, 0);
        int given = candidate.length() - surname;
        if (surname == 0 || given < 1 || given > 2 || NameContext.NOT_NAMES.contains(candidate)) return null;
        if (!candidate.chars().skip(surname).allMatch(c -> NameContext.givenChar((char) c))) return null;
        // 王医生, 李姐 are a surname and a title or form of address: other rules take the surname.
        if (NameContext.titleAt(candidate, surname) || ADDRESSED.matcher(candidate).find()) return null;
        boolean word = HanlpView.isWord(candidate);
        boolean idRightAfter = id.kind() == EntityKind.ID_NUMBER && text.substring(m.end(1), id.start()).isBlank();
        return word && !idRightAfter ? null : new Span(m.start(1), m.end(1), EntityKind.NAME);
    }

    private static Span latinName(String text, int row, Span id) {
        Matcher m = LATIN.matcher(text).region(row, id.start());
        if (!m.lookingAt()) return null;
        for (String word : m.group(1).split(" ")) {
            // The row is a person's slot: only listed words disqualify (Htet Naing ends as -ing words do).
            if (EnglishVocabulary.listed(word)) return null;
        }
        return new Span(m.start(1), m.end(1), EntityKind.NAME);
    }
}
