package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's name after a dash at the end of a message or diary entry (…记得来拿 —暴海泉, …打了升白针。——芃芃): a
 * surname and given name, or a given name alone, that is no word of the dictionary (——摘自, —完).
 */
final class SignOffNameDetector implements Detector {
    private static final Pattern SIGN_OFF = Pattern.compile("(?:——|—|－－|--)[ \\t]?(\\p{IsHan}{2,4})[ \\t]*(?=\\n|$)");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SIGN_OFF.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            int surname = Surnames.at(name, 0);
            boolean given = name.substring(surname).chars().allMatch(c -> GivenNameCharacters.possible((char) c));
            // A given name alone is two characters (芃芃); with its surname the name is two to four.
            if (given && (surname > 0 || name.length() == 2) && name.length() - surname <= 2 && !HanlpView.isWord(name)) {
                out.add(new Span(m.start(1), m.end(1), EntityKind.NAME));
            }
        }
        return out;
    }
}
