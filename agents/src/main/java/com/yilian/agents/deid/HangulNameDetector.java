package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean names in Hangul (韩文名오준영, 韩方经理한상철, 정다현 님): a word of two to four syllables standing alone among
 * Chinese or Latin text, or before the honorific 님 or 씨. Words of a Korean sentence (예약은 2022.12.03입니다. 문의…)
 * have other Hangul near them and are left alone.
 */
final class HangulNameDetector implements Detector {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{IsHangul}])\\p{IsHangul}{2,4}(?![\\p{IsHangul}])");
    private static final Pattern HONORIFIC = Pattern.compile(" ?(?:님|씨)(?![\\p{IsHangul}])");
    private static final int NEAR = 15;

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            boolean honorific = HONORIFIC.matcher(text).region(m.end(), text.length()).lookingAt();
            if (honorific || !NameContext.scriptNear(text, m.start(), m.end(), Character.UnicodeScript.HANGUL, NEAR)) {
                out.add(new Span(m.start(), m.end(), EntityKind.NAME));
            }
        }
        return out;
    }
}
