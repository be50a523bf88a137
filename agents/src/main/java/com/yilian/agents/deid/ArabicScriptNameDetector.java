package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uyghur and Arab names in the Arabic script (ئەزىز روزى, مۇنىرە قۇربان, خالد بن سعيد المنصوري): two or three words after
 * a Uyghur key for a person (بىمار: patient, ئىسمى: name, ئاتا-ئانىسى: parents, دوختۇر: doctor) or the greeting ھۆرمەتلىك
 * ("respected"), up to four after an Arabic one (الاسم: name, المريض: patient), or
 * standing alone among Chinese or Latin text, as in a table cell or a JSON value. Words of a Uyghur sentence or address
 * have other Uyghur words near them and are left alone.
 */
final class ArabicScriptNameDetector implements Detector {
    private static final String WORD = "[\\u0621-\\u064A\\u066E-\\u06D3\\u06D5\\u06EE-\\u06FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC]+";
    private static final String NAME = WORD + "(?: " + WORD + "){1,2}";
    // A key before its colon is a form's label (تاريخ الميلاد: date of birth, رقم الملف: file number), no name.
    private static final Pattern RUN = Pattern.compile("(?<![\\p{IsArabic}\\d-])" + NAME + "(?![\\p{IsArabic}\\d-]|\\s*[:：])");
    private static final Pattern KEYED = Pattern.compile("(?:بىمار|ئىسمى|ئىسىم|ئىسمى-فامىلىسى|ئاتا-ئانىسى|ئانىسى|ئاتىسى|"
            + "دوختۇر|سېستىرا|تەرجىمان|ئالاقىلاشقۇچى)\\s*[:：]\\s*(" + NAME + ")(?![\\p{IsArabic}\\d-])"
            + "|ھۆرمەتلىك (" + WORD + "(?: " + WORD + ")?)(?=\\s*[،,])"
            // Arabic keys for name, patient, companion and interpreter, before up to four words (خالد بن سعيد المنصوري).
            + "|(?:الاسم|اسم المريض|المريض|المرافق|المترجم)\\s*[:：]\\s*(" + WORD + "(?: " + WORD + "){1,3})"
            + "(?![\\p{IsArabic}\\d-])");
    private static final int NEAR = 10;

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher k = KEYED.matcher(text);
        while (k.find()) {
            int g = k.group(1) != null ? 1 : k.group(2) != null ? 2 : 3;
            out.add(new Span(k.start(g), k.end(g), EntityKind.NAME));
        }
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            if (!NameContext.scriptNear(text, run.start(), run.end(), Character.UnicodeScript.ARABIC, NEAR)) {
                out.add(new Span(run.start(), run.end(), EntityKind.NAME));
            }
        }
        return out;
    }
}
