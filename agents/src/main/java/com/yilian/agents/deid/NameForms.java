package com.yilian.agents.deid;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shorter forms of a Chinese name the record already gives in full: its surname with a form of address (敖姐, 老靳,
 * 闻人姐) and its given name alone before one (嘉禾阿姨, 梓涵妹子), after 叫他/叫她, or as a word of its own between
 * brackets or marks (农建勋（建勋）). The address-term rules know only common
 * surnames; here a rare one is safe to take, because the full name stands in the same record. A scan with indexOf, not
 * a pattern per name: this runs on every record.
 */
final class NameForms {
    private static final Pattern TERM = Pattern.compile("阿姨|奶奶|爷爷|大爷|大妈|婆婆|大姐|大哥|医生|大夫|主任|护士|老师|师傅"
            + "|先生|女士|同志|妹子|幺妹|阿恰|阿卡|" + AddressTermDetector.SURNAME_SUFFIX);
    // A name written with the interpunct (玛依拉·胡安): its first part is the given name, used alone too.
    private static final Pattern DOTTED = Pattern.compile("(\\p{IsHan}{2,6})\\s?[·•・‧.．]\\s?\\p{IsHan}{2,6}");
    private static final Pattern FULL_NAME = Pattern.compile("\\p{IsHan}{2,5}");

    private NameForms() {
    }

    /** {@code kept} with the short forms of its full Chinese names added where no other span stands. */
    static List<Span> add(String text, List<Span> kept) {
        Set<String> surnames = new LinkedHashSet<>(), givens = new LinkedHashSet<>();
        for (Span s : kept) {
            String name = s.in(text);
            Matcher dotted = DOTTED.matcher(name);
            if (s.kind() == EntityKind.NAME && dotted.matches()) givens.add(dotted.group(1));
            if (s.kind() != EntityKind.NAME || !FULL_NAME.matcher(name).matches()) continue;
            // A surname the list lacks (玄英哲) is the first character of a name of two or three.
            int surname = Surnames.at(name, 0) > 0 ? Surnames.at(name, 0) : name.length() <= 3 ? 1 : 0;
            if (surname == 0 || name.length() - surname < 1) continue;
            surnames.add(name.substring(0, surname));
            // A married double surname's given name is its last two characters (张王桂兰 → 桂兰).
            if (name.length() - surname >= 2) givens.add(name.substring(Math.max(surname, name.length() - 2)));
        }
        if (surnames.isEmpty() && givens.isEmpty()) return kept;
        List<Span> out = new ArrayList<>(kept);
        for (String surname : surnames) {
            for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
                int after = at + surname.length();
                if (!(at > 0 && "老小".indexOf(text.charAt(at - 1)) >= 0 || termAt(text, after))) continue;
                // Not a word with the character before (提高|姐) nor with the one after (老|王八).
                boolean word = at > 0 && CoreDictionary.contains(text.substring(at - 1, after))
                        || after < text.length() && CoreDictionary.contains(text.substring(after - 1, after + 1));
                if (!word) addFree(out, new Span(at, after, EntityKind.NAME));
                at = after - 1;
            }
        }
        for (String given : givens) {
            for (int at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
                int after = at + given.length();
                // …or after 叫他/叫她 (家里人叫他嘉伟).
                boolean called = at >= 2 && text.charAt(at - 2) == '叫' && "他她".indexOf(text.charAt(at - 1)) >= 0;
                boolean alone = at == 0
                        || Character.UnicodeScript.of(text.codePointBefore(at)) != Character.UnicodeScript.HAN;
                // …or standing alone as a word of its own (农建勋（建勋）, 建勋、…).
                boolean closed = after == text.length()
                        || Character.UnicodeScript.of(text.codePointAt(after)) != Character.UnicodeScript.HAN;
                if (!called && !(alone && (closed || termAt(text, after)))) continue;
                addFree(out, new Span(at, after, EntityKind.NAME));
                at = after - 1;
            }
        }
        return out;
    }

    private static boolean termAt(String text, int i) {
        return TERM.matcher(text).region(i, text.length()).lookingAt();
    }

    private static void addFree(List<Span> out, Span s) {
        if (out.stream().noneMatch(s::overlaps)) out.add(s);
    }
}
