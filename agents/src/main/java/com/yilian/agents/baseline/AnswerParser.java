package com.yilian.agents.baseline;

import com.yilian.agents.engine.Answer;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a patient's reply to the question just asked: yes/no, a 0–10 number (also in Chinese numerals), or the
 * values of a categorical or multi-choice question by their Chinese or English text. Null when the reply does not say.
 */
public final class AnswerParser {

    private static final Pattern NO = Pattern.compile(
            "没有|没|无|不|否|\\b(no|not|nope|never|none|nowhere)\\b");
    private static final Pattern YES = Pattern.compile("有|是|对|嗯|会|\\b(yes|yeah|yep|yup|sure|right)\\b");
    private static final Pattern NOT_A_NO = Pattern.compile("不停|不断|不舒服|不适|不止");
    /** "I don't know" is no answer at all, although it contains 不. */
    private static final Pattern DONT_KNOW = Pattern.compile("不知道|不清楚|不确定|说不清|不记得|\\b(don't know|not sure)\\b");
    private static final Pattern NUMBER = Pattern.compile("(10|[0-9])|([零〇一二两三四五六七八九十])");
    private static final String ZH_DIGITS = "零一二三四五六七八九十";
    private static final Pattern VALUE_PIECES = Pattern.compile("[（）()]");

    private AnswerParser() { }

    /**
     * The answer, or null when the reply is unclear. A mention of {@code e} decides a yes/no question; for the
     * other questions a mention's values are used only when the reply's words name none (a reader that understood
     * the reply, such as a model, may name them).
     */
    public static Answer parse(Evidence e, String reply, List<EvidenceExtractor.Mention> mentions) {
        Answer lexical = lexical(e, reply, mentions);
        if (lexical != null || e.type() == EvidenceType.BINARY) return lexical;
        for (EvidenceExtractor.Mention m : mentions) {
            if (!m.code().equals(e.code()) || !m.positive() || m.values().isEmpty()) continue;
            Set<String> values = new LinkedHashSet<>(m.values());
            values.retainAll(e.values());
            if (!values.isEmpty()) return Answer.values(values, e.defaultValue());
        }
        return null;
    }

    private static Answer lexical(Evidence e, String reply, List<EvidenceExtractor.Mention> mentions) {
        if (reply == null) return null;
        String text = reply.toLowerCase(Locale.ROOT);
        if (e.type() == EvidenceType.BINARY) {
            for (EvidenceExtractor.Mention m : mentions) if (m.code().equals(e.code())) return Answer.of(m.positive());
            Boolean yes = yesNo(firstClause(text));
            return yes == null ? null : Answer.of(yes);
        }
        if (numeric(e)) {
            Integer n = number(text);
            if (n != null && e.values().contains(String.valueOf(n))) return Answer.values(Set.of(String.valueOf(n)), e.defaultValue());
            return Boolean.FALSE.equals(yesNo(firstClause(text))) ? Answer.values(Set.of(), e.defaultValue()) : null;
        }
        Set<String> values = values(e, text);
        if (!values.isEmpty()) {
            if (e.type() == EvidenceType.CATEGORICAL) values = Set.of(values.iterator().next());
            return Answer.values(values, e.defaultValue());
        }
        Boolean yes = yesNo(firstClause(text));
        if (Boolean.FALSE.equals(yes)) return Answer.values(Set.of(), e.defaultValue());
        // A plain yes answers a question with one reportable value (e.g. 是 / 否).
        List<String> reportable = e.values().stream().filter(v -> !v.equals(e.defaultValue())).toList();
        if (Boolean.TRUE.equals(yes) && reportable.size() == 1) return Answer.values(Set.of(reportable.get(0)), e.defaultValue());
        return null;
    }

    static boolean numeric(Evidence e) {
        return !e.values().isEmpty() && e.values().stream().allMatch(v -> v.matches("\\d+"));
    }

    /** Yes (true), no (false) or neither (null); a negator wins because 没有 contains 有. */
    static Boolean yesNo(String clause) {
        if (DONT_KNOW.matcher(clause).find()) return null;
        String s = NOT_A_NO.matcher(clause).replaceAll("");
        if (NO.matcher(s).find()) return false;
        if (YES.matcher(s).find()) return true;
        return null;
    }

    static Integer number(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) return null;
        if (m.group(1) != null) return Integer.parseInt(m.group(1));
        String c = m.group(2);
        return c.equals("两") ? 2 : c.equals("〇") ? 0 : ZH_DIGITS.indexOf(c);
    }

    /** Values named in the text, longest text first, without overlaps; one-character texts (是, 否) are left to yes/no. */
    private static Set<String> values(Evidence e, String text) {
        record Piece(String value, String words) { }
        List<Piece> pieces = new ArrayList<>();
        for (String v : e.values()) {
            Text t = e.valueText(v);
            for (String full : List.of(t.zh(), t.en())) {
                String lower = full.toLowerCase(Locale.ROOT).trim();
                pieces.add(new Piece(v, lower));
                for (String part : VALUE_PIECES.split(lower)) if (!part.equals(lower)) pieces.add(new Piece(v, part.trim()));
            }
        }
        pieces.sort(Comparator.comparingInt((Piece p) -> p.words().length()).reversed().thenComparing(Piece::words));
        boolean[] taken = new boolean[text.length()];
        List<int[]> found = new ArrayList<>();   // [position, index into pieces]
        for (int i = 0; i < pieces.size(); i++) {
            String w = pieces.get(i).words();
            if (w.length() < 2) continue;
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                boolean free = true;
                for (int k = at; k < at + w.length(); k++) free &= !taken[k];
                if (!free) continue;
                for (int k = at; k < at + w.length(); k++) taken[k] = true;
                found.add(new int[] {at, i});
            }
        }
        found.sort(Comparator.comparingInt(f -> f[0]));
        Set<String> out = new LinkedHashSet<>();
        for (int[] f : found) out.add(pieces.get(f[1]).value());
        return out;
    }

    private static String firstClause(String text) {
        String t = text.strip();
        int cut = t.length();
        for (char c : new char[] {'，', ',', '。', '.', ';', '；', '!', '！'}) {
            int i = t.indexOf(c);
            if (i > 0) cut = Math.min(cut, i);
        }
        return t.substring(0, cut);
    }
}
