package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean names in Hangul (韩文名오준영, 韩方经理한상철, 정다현 님): a word of two to four syllables standing alone among
 * Chinese or Latin text, set off by Chinese marks (赵贤宇（조현우）), after a Korean form's name key (이름: 박은채), or
 * before the honorific 님 or 씨; a word opening with a surname after a relative or role (딸 정미옥, 女儿권혁) or before
 * 할머니; a word before a colon is a key. Words of a Korean sentence (예약은 2022.12.03입니다. 문의…)
 * have other Hangul near them and are left alone.
 */
final class HangulNameDetector implements Detector {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{IsHangul}])\\p{IsHangul}{2,4}(?![\\p{IsHangul}])");
    private static final Pattern HONORIFIC = Pattern.compile(" ?(?:님|씨)(?![\\p{IsHangul}])");
    // An elder named before how she is addressed (리화자 할머니), or a relative or role before the name, in Korean (딸
    // 정미옥, 성명 태경자) or in the Chinese of a bilingual note (女儿권혁, 联系人정미옥): the word must open with a surname.
    private static final Pattern ELDER_AFTER = Pattern.compile(" ?(?:할머니|할아버지|어르신)(?![\\p{IsHangul}])");
    private static final Pattern CUE_BEFORE = Pattern.compile("(?:(?:딸|아들|남편|아내|부인|손자|손녀|며느리|보호자|간호사|성명|이름)"
            + "\\s*[:：]?\\s*|(?:联系人|女儿|儿子|家属|护工|翻译|患者|丈夫|妻子|母亲|父亲|老人|孙子|孙女|邻居|护士|医生)[：:]?\\s?)$");
    // Korean surnames, the two-syllable ones first (황보, 남궁 …).
    private static final Pattern SURNAME = Pattern.compile("(?:황보|남궁|선우|제갈|독고|사공|서문|동방|[김이리박최정조강윤장임한오서신권황안송"
            + "전홍유고문양손배백허남심노로하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부태])"
            + "\\p{IsHangul}{1,2}");
    // A Korean form's name key (이름: 박은채, 보호자: …) announces a name among Korean text.
    private static final Pattern NAME_KEY = Pattern.compile("(?:이름|성명|성함|환자명|환자|보호자)\\s*[:：]\\s*$");
    private static final Pattern KEY_AFTER = Pattern.compile("\\s*[:：]");
    private static final int NEAR = 15;

    // Everyday words that open as a surname does (엄마, 우리, 정말, 연락처).
    private static final Set<String> WORDS = Set.of("엄마", "이모", "고모", "오빠", "오늘", "정말", "진짜",
            "주소", "전화", "연락처", "이름", "성명", "성함", "한국", "중국", "조선", "병원", "문의", "방문", "처방", "진단", "검사",
            "수술", "주의", "감사", "안녕", "선생님", "간호사", "보호자", "어머니", "어머님", "아버지", "우리", "지금", "정도", "조금",
            "이거", "도움", "정보", "주의사항", "진료", "기록", "고맙", "내일", "오후", "오전", "주사", "약국", "사모님", "사장님", "반장", "부장", "과장", "원장",
            "박사", "교수", "기사", "소장", "부인", "남편", "손자", "손녀", "며느리", "이번", "다음", "제가", "저희", "기침", "감기");

    /** A Hangul word that opens with a Korean surname and has two to four syllables (정미옥, 남궁순자). */
    static boolean surnameFirst(String word) {
        return SURNAME.matcher(word).matches() && !WORDS.contains(word);
    }

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
            boolean cued = (ELDER_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    || CUE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find())
                    && surnameFirst(m.group());
            if (honorific || keyed || setOff || alone || cued) {
                out.add(new Span(m.start(), m.end(), EntityKind.NAME));
            }
        }
        return out;
    }
}
