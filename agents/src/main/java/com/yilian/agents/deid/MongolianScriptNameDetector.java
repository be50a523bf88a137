package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in the traditional Mongolian script (ᠪᠠᠳᠮᠠ, 蒙文姓名：ᠳᠠᠯᠠᠢ): a word standing alone among Chinese or Latin text,
 * as in a table cell or beside a Chinese name, or the value of a name label, Mongolian (ᠨᠡᠷᠡ：) or Chinese (姓名：,
 * 蒙文名：), or the one a message greets before ᠲᠠ. Words of a Mongolian sentence or heading have other Mongolian words
 * near them and are left alone.
 */
final class MongolianScriptNameDetector implements Detector {
    // Letters, then the free variation selectors and the narrow no-break space that join a word's suffixes.
    private static final String LETTER = "[\\u1820-\\u1878\\u1880-\\u18AA]";
    private static final Pattern WORD = Pattern.compile(
            LETTER + "[\\u1820-\\u1878\\u1880-\\u18AA\\u180B-\\u180D\\u202F]+");
    // ᠨᠡᠷᠡ is "name"; Chinese labels may say it is the Mongolian one (蒙文姓名, 蒙古文名).
    private static final Pattern LABEL = Pattern.compile("(?:ᠨᠡᠷᠡ|\\p{IsHan}{0,3}(?:姓名|名字|名))\\s*[:：]?[\\s\"“]*$");
    // A key before its colon (ᠤᠲᠠᠰᠤ： is "phone") is no name; a word before ᠲᠠ ("you", as a message greets) is one.
    private static final Pattern KEY_AFTER = Pattern.compile("\\s*[:：]");
    private static final Pattern ADDRESSED_AFTER = Pattern.compile(" ᠲᠠ(?![\\u1820-\\u18AA])");
    private static final int NEAR = 12;

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            if (KEY_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) continue;
            boolean alone = !NameContext.scriptNear(text, m.start(), m.end(), Character.UnicodeScript.MONGOLIAN, NEAR);
            if (alone || LABEL.matcher(before).find()
                    || ADDRESSED_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                out.add(new Span(m.start(), m.end(), EntityKind.NAME));
            }
        }
        return out;
    }
}
