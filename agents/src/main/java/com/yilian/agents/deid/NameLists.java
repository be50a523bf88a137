package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other entries of a list of people joined by 、 (杨腊翁、尼块、沙车三人): where one entry is a name found by its own
 * evidence, an entry of two to four Chinese characters that is no word of the dictionary is a person too. The last
 * entry counts only where the list ends at a mark, since a predicate may follow it without one (沙车三人晚饭…).
 */
final class NameLists {
    private static final Pattern LIST = Pattern.compile("\\p{IsHan}{2,4}(?:、\\p{IsHan}{2,4})+");
    private static final Pattern ENTRY = Pattern.compile("[^、]+");

    private NameLists() {
    }

    /** {@code kept} with the unlabelled entries of lists that hold a found name. */
    static List<Span> add(String text, List<Span> kept) {
        List<Span> out = new ArrayList<>(kept);
        Matcher list = LIST.matcher(text);
        while (list.find()) {
            List<Span> entries = new ArrayList<>();
            Matcher e = ENTRY.matcher(text).region(list.start(), list.end());
            while (e.find()) entries.add(new Span(e.start(), e.end(), EntityKind.NAME));
            boolean holdsName = entries.stream().anyMatch(en -> kept.stream()
                    .anyMatch(s -> s.kind() == EntityKind.NAME && s.start() == en.start() && s.end() == en.end()));
            if (!holdsName) continue;
            boolean closed = list.end() == text.length() || !NameContext.isHan(text.charAt(list.end()));
            for (int k = 0; k < entries.size(); k++) {
                Span en = entries.get(k);
                if (k == entries.size() - 1 && !closed || HanlpView.isWord(en.in(text))) continue;
                if (out.stream().noneMatch(en::overlaps)) out.add(en);
            }
        }
        return out;
    }
}
