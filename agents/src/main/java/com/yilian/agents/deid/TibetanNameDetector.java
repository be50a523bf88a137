package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tibetan names. In Chinese characters they have no surname: two or three name elements (扎西班觉, 次仁朗杰, 降初翁姆,
 * 泽郎措), or one after a cue (家属措吉，). In the Tibetan script: the value of a name, doctor or patient key (མིང་།),
 * the one a message addresses with ལགས or a speaker names after ང་ ("I"), or a name standing alone among Chinese or
 * Latin text, as in a table cell. Words of a Tibetan sentence have other Tibetan near them and are left alone.
 */
final class TibetanNameDetector implements Detector {
    // Common elements of Tibetan names as Chinese writes them (扎西, 次仁, 卓玛…): taken together they are names, one
    // alone may be a word too (尼玛 is the sun, 达瓦 the moon).
    private static final Set<String> ELEMENTS = Set.copyOf(List.of(("扎西 次仁 多吉 多杰 卓玛 拉姆 平措 顿珠 格桑 央宗 旺堆 尼玛 达瓦 边巴 普布 巴桑 拉巴 次旦 罗布 "
            + "索朗 益西 丹增 强巴 洛桑 土登 阿旺 降央 泽仁 泽郎 四郎 仁青 晋美 贡布 白玛 德吉 曲珍 央金 旦增 米玛 "
            + "琼达 群培 赤列 班觉 伦珠 旺久 朗杰 贡却 贡觉 曲宗 次旺 翁姆 桑姆 降初 南卡 曲扎 隆多 旺杰 东智 "
            + "桑杰 才让 才旦 卓嘎 措姆 拉毛 旦正 尕藏 更登 更敦 嘉措 加措 坚赞 江措 久美 拉珍 洛布 美朗 欧珠 "
            + "琼措 仁增 桑珠 索南 斯郎 泽旺 仓决 次珍 达娃 旦巴 噶玛 加央 角巴 尖措 吉美 根秋 贡保 公保 卓么 "
            + "周措 才仁 永措 昂旺 拥措 央拉 玉珍 扎巴 泽央 赤烈 次成 次措 德庆 格勒 格列 贡嘎 久治 拉措 朗措 "
            + "明久 普琼 群宗 热旦 塔尔 土旦 旺姆 旺秀 夏吾 向巴 央吉 措吉 尕玛 巴珠 洛追 曲措 德央 次央 旺修 "
            + "吉毛 卓措 才措 仁措 完玛 万玛 官却 更藏 桑吉 华旦 尖参 夏加 切吉 卓尕 拉吉 才吉 南杰 群佩 旺加 "
            + "罗追 巴登 边珍 次吉 朗加 达杰 俄日 东主 更桑 久多 "
            // …and of Kham (四郎邓珠, 呷绒志玛).
            + "邓珠 志玛 呷绒 格绒 降泽 拥忠 青措 泽翁 益珍 真珠").split(" ")));
    private static final BitSet FIRST = new BitSet();
    static {
        ELEMENTS.forEach(e -> FIRST.set(e.charAt(0)));
    }
    // A single character that may end a name after one element (泽郎措).
    private static final String END = "措姆吉宗珍卓加";
    private static final String SYLLABLE = "[\\u0F40-\\u0FBC]+";
    private static final String NAME = SYLLABLE + "(?:་" + SYLLABLE + "){1,5}";
    private static final Pattern RUN = Pattern.compile("(?<![\\u0F40-\\u0FBC་])" + NAME + "(?![\\u0F40-\\u0FBC་])");
    // Name, father's and mother's name, doctor, patient; a message's "la" after a name; "I am …".
    private static final Pattern KEYED = Pattern.compile("(?:མིང|ཕ་མིང|མ་མིང|སྨན་པ|ནད་པ)་?[།:：]\\s*(" + NAME
            + ")(?![\\u0F40-\\u0FBC་])|(?<![\\u0F40-\\u0FBC་])(" + SYLLABLE + "(?:་" + SYLLABLE + "){1,5}?)(?=་ལགས)"
            + "|(?<![\\u0F40-\\u0FBC])ང་(" + SYLLABLE + "(?:་" + SYLLABLE + "){1,5}?)(?=་ཡིན)");
    private static final int NEAR = 6;
    private static final Set<String> TITLES_BEFORE = Set.of("阿佳", "阿妈", "阿爸", "曼巴", "阿克", "觉姆", "阿尼");
    private static final Set<String> TITLES_AFTER = Set.of("曼巴", "喇嘛", "活佛", "阿佳", "老师", "大夫", "医生");
    private static final Pattern BED_OR_SELF = Pattern.compile("\\d床$|(?:我是|我叫)[^，。,\\s]{0,8}的?$");
    private static final Pattern GREETED = Pattern.compile("[，,]\\s?[您你]|您好|你好");
    // After a role word an element may run straight into the sentence (由村医措吉翻译), but not into a place (尼玛县).
    private static final String PLACE_AFTER = "寺县乡镇村沟山湖河寨庄路街区州市峰";

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        // Scanned by a set, not a pattern of two hundred alternatives: this runs on every record.
        for (int i = 0; i < text.length(); ) {
            int end = !elementAt(text, i) ? i : elementAt(text, i + 2) ? (elementAt(text, i + 4) ? i + 6 : i + 4)
                    : i + 2 < text.length() && END.indexOf(text.charAt(i + 2)) >= 0 ? i + 3 : i;
            if (end > i) out.add(new Span(i, end, EntityKind.NAME));
            i = Math.max(end, i + 1);
        }
        for (int at = 0; at < text.length(); ) {
            if (!elementAt(text, at)) {
                at++;
                continue;
            }
            boolean alone = at + 2 == text.length()
                    || Character.UnicodeScript.of(text.codePointAt(at + 2)) != Character.UnicodeScript.HAN;
            boolean cue = NameContext.cueBefore(text, at);
            boolean cued = cue || NameContext.labelBefore(text, at) || listNumberBefore(text, at);
            if (alone && cued && (at == 0 || !NameContext.isHan(text.charAt(at - 1)) || cue)
                    || addressed(text, at) || cue && !alone && PLACE_AFTER.indexOf(text.charAt(at + 2)) < 0) {
                out.add(new Span(at, at + 2, EntityKind.NAME));
            }
            at += 2;
        }
        Matcher k = KEYED.matcher(text);
        while (k.find()) {
            int g = k.group(1) != null ? 1 : k.group(2) != null ? 2 : 3;
            out.add(new Span(k.start(g), k.end(g), EntityKind.NAME));
        }
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            if (!NameContext.scriptNear(text, run.start(), run.end(), Character.UnicodeScript.TIBETAN, NEAR)) {
                out.add(new Span(run.start(), run.end(), EntityKind.NAME));
            }
        }
        return out;
    }

    /**
     * One element addressed as a person: with the respectful 啦 (次仁啦), after a kin word or title (阿佳卓玛, 曼巴次仁,
     * 阿克丹增), before a title (尼玛曼巴, 洛桑喇嘛), or greeted at the head of a message (【…】措吉，您的…).
     */
    private static boolean addressed(String text, int at) {
        String after = text.substring(at + 2, Math.min(text.length(), at + 4));
        if (after.startsWith("啦") || TITLES_AFTER.contains(after)) return true;
        if (at >= 2 && TITLES_BEFORE.contains(text.substring(at - 2, at))) return true;
        // A bed (7床达瓦), or a speaker introducing themselves (我是热嘎乡的次仁).
        if (BED_OR_SELF.matcher(text.substring(Math.max(0, at - 12), at)).find()) return true;
        char before = at == 0 ? '\n' : text.charAt(at - 1);
        return (before == '\n' || before == '】' || before == ' ') && GREETED.matcher(text).region(at + 2, text.length()).lookingAt();
    }

    private static boolean elementAt(String text, int i) {
        return i + 2 <= text.length() && FIRST.get(text.charAt(i)) && ELEMENTS.contains(text.substring(i, i + 2));
    }

    /** A numbered list's entry opens here (⏎2 尼玛 6327…). */
    private static boolean listNumberBefore(String text, int at) {
        int i = at - 1;
        if (i < 0 || text.charAt(i) != ' ') return false;
        int digits = 0;
        while (--i >= 0 && Character.isDigit(text.charAt(i))) digits++;
        return digits > 0 && (i < 0 || text.charAt(i) == '\n');
    }
}
