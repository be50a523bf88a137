package com.yilian.agents.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a patient's message into clauses, each about one finding as a rule: at punctuation (，。；、…) and at words
 * that start a new thought (但, 可是, 不过, 还有, 而且, 另外) — but not 喘不过气 or 还有点喘. The separators include the lexical reader's clause ends,
 * so a negator never reaches across a clause boundary for either reader.
 */
final class Clauses {

    /** One clause: where it starts and ends in the message. */
    record Clause(int start, int end, String text) { }

    private static final Pattern SEPARATOR =
            Pattern.compile("[，,。.;；!！?？\\n、：:]|但是|但|可是|(?<!\\p{IsHan})不过|还有(?!点)|而且|另外"
                    + "|\\bbut\\b|\\band\\b");

    private Clauses() { }

    static List<Clause> of(String text) {
        List<Clause> out = new ArrayList<>();
        if (text == null) return out;
        var m = SEPARATOR.matcher(text);
        int from = 0;
        while (m.find()) {
            add(out, text, from, m.start());
            from = m.end();
        }
        add(out, text, from, text.length());
        return out;
    }

    private static void add(List<Clause> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (to > from) out.add(new Clause(from, to, text.substring(from, to)));
    }
}
