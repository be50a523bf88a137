package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A married woman as old registers and rural rosters still name her: her husband's surname, her own, then 氏 (海李氏,
 * 撒王氏, 田马氏). Both characters must be surnames, and 氏 must end the name, so an eponym (库欣氏病) and a Vietnamese
 * name with Thị in the middle (阮氏秋香) stay with their own rules.
 */
final class MarriedWomanNameDetector implements Detector {
    private static final Pattern NAME = Pattern.compile("(\\p{IsHan})(\\p{IsHan})氏(?![\\p{IsHan}&&[^的来在说和与及、也又是家]])");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (Surnames.SINGLES.contains(m.group(1)) && Surnames.SINGLES.contains(m.group(2))) {
                out.add(new Span(m.start(), m.end(), EntityKind.NAME));
            }
        }
        return out;
    }
}
