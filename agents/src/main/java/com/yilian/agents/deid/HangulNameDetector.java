package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean names in Hangul (韩文名오준영, 韩方经理한상철, 정다현 님): a word of two to four syllables standing alone among
 * Chinese or Latin text, set off by Chinese marks (赵贤宇（조현우）), after a Korean form's name key (이름: 박은채), or
 * before the honorific 님 or 씨; a word before a colon is a key. Words of a Korean sentence (예약은 2022.12.03입니다. 문의…)
 * have other Hangul near them and are left alone.
 */
final class HangulNameDetector implements Detector {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{IsHangul}])\\p{IsHangul}{2,4}(?![\\p{IsHangul}])");
    private static final Pattern HONORIFIC = Pattern.compile(" ?(?:님|씨)(?![\\p{IsHangul}])");
    // A Korean form's name key (이름: 박은채, 보호자: …) announces a name among Korean text.
    private static final Pattern NAME_KEY = Pattern.compile("(?:이름|성명|성함|환자명|환자|보호자)\\s*[:：]\\s*$");
    private static final Pattern KEY_AFTER = Pattern.compile("\\s*[:：]");
    private static final int NEAR = 15;

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            boolean honorific = HONORIFIC.matcher(text).region(m.end(), text.length()).lookingAt();
            boolean keyed = NAME_KEY.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find();
            // A word set off by Chinese marks in Chinese text (赵贤宇（조현우）, 就诊：박은채，64岁) is a name whatever Korean
            // stands further on.
            boolean setOff = m.start() > 0 && "：（(、".indexOf(text.charAt(m.start() - 1)) >= 0 && m.end() < text.length()
                    && "，）)、；".indexOf(text.charAt(m.end())) >= 0;
            // A word before a colon is a form's key (연락처: 010-…), not a name.
            if (KEY_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) continue;
            boolean alone = !NameContext.scriptNear(text, m.start(), m.end(), Character.UnicodeScript.HANGUL, NEAR);
            if (honorific || keyed || setOff || alone) {
                out.add(new Span(m.start(), m.end(), EntityKind.NAME));
            }
        }
        return out;
    }
}
