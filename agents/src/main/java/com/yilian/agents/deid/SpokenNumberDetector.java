package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers dictated digit by digit in Chinese, as voice transcription writes them (幺三八 一二三四 五六七八; 一一零一零五…):
 * a run that reads as a mobile number is a phone, as a resident ID with its check character an ID number. Spoken
 * amounts and doses use 十, 百 and units, so eleven bare digits in a row are a number read out.
 */
final class SpokenNumberDetector implements Detector {
    // Radio and police dictation say 洞 for 0, 拐 for 7 and 勾 for 9 (幺八拐 四八两拐 洞洞勾幺).
    private static final String DIGITS = "零〇洞幺一二两三四五六七拐八九勾";
    // Groups may be set apart by blanks or, as a transcript writes pauses, by commas (幺七七，九五三四，零三四零).
    private static final Pattern RUN = Pattern.compile("(?<![" + DIGITS + "十百千万])[" + DIGITS + "](?:[ \\u3000，,]?[" + DIGITS
            + "]){10,16}(?:[ \\u3000]?[" + DIGITS + "Xx叉])?(?![" + DIGITS + "十百千万])");

    // A local number read out after its phone word has seven or eight digits (电话六二七四 五五七九, 我电话六六六零，一一八七).
    private static final Pattern LABELLED_LOCAL = Pattern.compile("(?:电话|手机|号码|致电|打)[是係系:：\\s]*([" + DIGITS
            + "](?:[ \\u3000，,]?[" + DIGITS + "]){6,7})(?![ \\u3000，,]?[" + DIGITS + "十百千万])");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            // A word after a pause may open with a radio digit (，拐弯): try the run without its last group too.
            int end = m.end();
            while (end > m.start() && !take(text, m.start(), end, out)) {
                int pause = lastPause(text, m.start(), end);
                if (pause < 0 || end - pause > 5) break;
                end = pause;
            }
        }
        for (Matcher local = LABELLED_LOCAL.matcher(text); local.find(); ) {
            out.add(new Span(local.start(1), local.end(1), EntityKind.PHONE));
        }
        return out;
    }

    private static boolean take(String text, int start, int end, List<Span> out) {
        String digits = digits(text.substring(start, end));
        EntityKind kind = digits.matches("1[3-9]\\d{9}") ? EntityKind.PHONE
                : Checksums.isResidentId18(digits) ? EntityKind.ID_NUMBER : null;
        if (kind != null) out.add(new Span(start, end, kind));
        return kind != null;
    }

    private static int lastPause(String text, int start, int end) {
        for (int i = end - 1; i > start; i--) if (" \u3000，,".indexOf(text.charAt(i)) >= 0) return i;
        return -1;
    }

    /** The Arabic digits of a spoken run (幺 and 一 are 1, 两 is 2, 洞 0, 拐 7, 勾 9, 叉 the check character X). */
    static String digits(String spoken) {
        StringBuilder out = new StringBuilder();
        for (char c : spoken.toCharArray()) {
            switch (c) {
                case '零', '〇', '洞' -> out.append('0');
                case '幺', '一' -> out.append('1');
                case '二', '两' -> out.append('2');
                case '拐' -> out.append('7');
                case '勾' -> out.append('9');
                case 'X', 'x', '叉' -> out.append('X');
                case ' ', '\u3000', '，', ',' -> { }
                default -> out.append((char) ('0' + "零一二三四五六七八九".indexOf(c)));
            }
        }
        return out.toString();
    }
}
