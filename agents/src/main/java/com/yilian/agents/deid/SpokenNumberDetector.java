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
    private static final String DIGITS = "零〇幺一二两三四五六七八九";
    // Groups may be set apart by blanks or, as a transcript writes pauses, by commas (幺七七，九五三四，零三四零).
    private static final Pattern RUN = Pattern.compile("(?<![" + DIGITS + "十百千万])[" + DIGITS + "](?:[ \\u3000，,]?[" + DIGITS
            + "]){10,16}(?:[ \\u3000]?[" + DIGITS + "Xx叉])?(?![" + DIGITS + "十百千万])");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String digits = digits(m.group());
            if (digits.matches("1[3-9]\\d{9}")) {
                out.add(new Span(m.start(), m.end(), EntityKind.PHONE));
            } else if (Checksums.isResidentId18(digits)) {
                out.add(new Span(m.start(), m.end(), EntityKind.ID_NUMBER));
            }
        }
        return out;
    }

    /** The Arabic digits of a spoken run (幺 and 一 are 1, 两 is 2, 叉 is the check character X). */
    static String digits(String spoken) {
        StringBuilder out = new StringBuilder();
        for (char c : spoken.toCharArray()) {
            switch (c) {
                case '零', '〇' -> out.append('0');
                case '幺', '一' -> out.append('1');
                case '二', '两' -> out.append('2');
                case 'X', 'x', '叉' -> out.append('X');
                case ' ', '\u3000', '，', ',' -> { }
                default -> out.append((char) ('0' + "零一二三四五六七八九".indexOf(c)));
            }
        }
        return out.toString();
    }
}
