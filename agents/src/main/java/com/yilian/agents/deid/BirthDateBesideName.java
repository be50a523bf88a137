package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that a list writes right beside a person without a label: in brackets after the name (任红旗（2014/3/28）、…)
 * or between the name and the person's ID number in a row (姚跃进，1946/04/26，450103…). Rows of visits put other
 * words after the date (王芳，2024-03-05，复查), so a row date counts only when the ID follows it.
 */
final class BirthDateBesideName {
    private static final Pattern BRACKETED = Pattern.compile("[（(](" + LabelledIdDetector.DATE_VALUE + ")[）)]");
    private static final Pattern IN_ROW = Pattern.compile("[，,;；]\\s*(" + LabelledIdDetector.DATE_VALUE + ")\\s*[，,;；]\\s*");

    private BirthDateBesideName() {
    }

    /** {@code kept} with such dates added as birth dates where no other span stands. */
    static List<Span> add(String text, List<Span> kept) {
        List<Span> out = new ArrayList<>(kept);
        for (Span name : kept) {
            if (name.kind() != EntityKind.NAME) continue;
            Matcher bracket = BRACKETED.matcher(text).region(name.end(), text.length());
            if (bracket.lookingAt()) addFree(out, new Span(bracket.start(1), bracket.end(1), EntityKind.BIRTH_DATE));
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
