package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in the Burmese, Lao, Thai, Dai, Yi and Devanagari scripts standing alone among Chinese or Latin text, as a
 * cell, a key's value, a list item or a signature does (姓名 ມະນີວອນ ໄຊຍະສິດ, 缅文名 သက်ပိုင်စိုး, 彝文名单：ꃬꍈꎐꂿ、ꇌꇰꀊꑛ):
 * one to three words of the script with no other text of that script near them in the same item. A sentence in the
 * script has its own words near and is left alone.
 */
final class StandaloneScriptNameDetector implements Detector {
    private static final List<Script> SCRIPTS = List.of(
            new Script(Character.UnicodeScript.MYANMAR, "\\u1000-\\u103F\\u1050-\\u109F"),
            new Script(Character.UnicodeScript.LAO, "\\u0E80-\\u0ECF\\u0EDC-\\u0EDF"),
            new Script(Character.UnicodeScript.THAI, "\\u0E01-\\u0E4F"),
            // The Dai of Xishuangbanna and of Dehong write in their own scripts (ᦀᦲᦛᦱᧂ, ᥢᥣᥒᥚᥣ).
            new Script(Character.UnicodeScript.NEW_TAI_LUE, "\\u1980-\\u19DF"),
            new Script(Character.UnicodeScript.TAI_LE, "\\u1950-\\u197F"),
            // The Nuosu of Liangshan write their names in the Yi syllabary (ꐚꈌꇁꉳ), the people's own name (ꆈꌠ) aside.
            new Script(Character.UnicodeScript.YI, "\\uA000-\\uA48C"),
            // Hindi and Nepali names in Devanagari (अनन्या अय्यर).
            new Script(Character.UnicodeScript.DEVANAGARI, "\\u0900-\\u097F"));
    private static final Pattern NOT_A_PERSON = Pattern.compile("ꆈꌠ");
    // A key before its number is no name (ဖုန်း ၀၉…: phone).
    private static final Pattern KEY_AFTER = Pattern.compile("\\s?(?:\\d|[:：])");
    private static final int NEAR = 6;

    private record Script(Character.UnicodeScript script, Pattern run) {
        Script(Character.UnicodeScript script, String letters) {
            this(script, Pattern.compile("(?<![" + letters + "])[" + letters + "]{2,}(?: [" + letters + "]{2,}){0,2}(?!["
                    + letters + "])"));
        }
    }

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (Script s : SCRIPTS) {
            if (!NameContext.hasScript(text, s.script())) continue;
            Matcher run = s.run().matcher(text);
            while (run.find()) {
                if (!NameContext.scriptNearInItem(text, run.start(), run.end(), s.script(), NEAR)
                        && !NOT_A_PERSON.matcher(run.group()).lookingAt()
                        && !KEY_AFTER.matcher(text).region(run.end(), text.length()).lookingAt()
                        && !keyOpeningLine(text, run.start(), run.end())) {
                    out.add(new Span(run.start(), run.end(), EntityKind.NAME));
                }
            }
        }
        return out;
    }

    // A form's line opens with its key, the value after a blank (ᦑᦲ ᦅᦸᧃ 西双版纳州…: address; နေရပ် Ward 10…).
    private static boolean keyOpeningLine(String text, int start, int end) {
        boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
        return lineStart && end + 1 < text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) != '\n';
    }
}
