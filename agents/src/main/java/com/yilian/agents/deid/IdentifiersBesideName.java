package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a list writes right beside a person without a label. A date in brackets after the name (任红旗（2014/3/28）、…)
 * or between the name and the person's ID number in a row (姚跃进，1946/04/26，450103…) is the birth date; rows of
 * visits put other words after the date (王芳，2024-03-05，复查), so a row date counts only when the ID follows it. A
 * code of letters and digits in brackets after the name (欧奕菲（ZY2025-505647）, （No.58060622）) is the record number.
 */
final class IdentifiersBesideName {
    private static final Pattern BRACKETED = Pattern.compile("[（(](" + LabelledIdDetector.DATE_VALUE + ")[）)]");
    private static final Pattern RECORD_BRACKETED = Pattern.compile(
            "[（(]((?:No\\.\\s?\\d{6,12}|[A-Za-z]{1,4}-?\\d[\\dA-Za-z]*(?:-[\\dA-Za-z]+)*))[）)]");
    private static final Pattern IN_ROW = Pattern.compile("[，,;；]\\s*(" + LabelledIdDetector.DATE_VALUE + ")\\s*[，,;；]\\s*");

    private IdentifiersBesideName() {
    }

    /** {@code kept} with such dates and codes added where no other span stands. */
    static List<Span> add(String text, List<Span> kept) {
        List<Span> out = new ArrayList<>(kept);
        for (Span name : kept) {
            if (name.kind() != EntityKind.NAME) continue;
            Matcher bracket = BRACKETED.matcher(text).region(name.end(), text.length());
            if (bracket.lookingAt()) addFree(out, new Span(bracket.start(1), bracket.end(1), EntityKind.BIRTH_DATE));
            Matcher record = RECORD_BRACKETED.matcher(text).region(name.end(), text.length());
            if (record.lookingAt() && record.group(1).chars().filter(Character::isDigit).count() >= 6) {
                addFree(out, new Span(record.start(1), record.end(1), EntityKind.MEDICAL_RECORD));
            }
            Matcher row = IN_ROW.matcher(text).region(name.end(), text.length());
            if (row.lookingAt() && kept.stream().anyMatch(s -> s.kind() == EntityKind.ID_NUMBER && s.start() == row.end())) {
                addFree(out, new Span(row.start(1), row.end(1), EntityKind.BIRTH_DATE));
            }
        }
        return out;
    }

    private static void addFree(List<Span> out, Span s) {
        if (out.stream().noneMatch(s::overlaps)) out.add(s);
    }
}
