package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written with the interpunct (买买提·艾力, 阿依古丽·吐尔逊, 约翰·史密斯): Uyghur, Kazakh and other minority
 * names and transliterated foreign names. In Chinese clinical text the interpunct between Chinese characters
 * practically only joins the parts of such a name; an eponym (吉兰·巴雷综合征) is left alone.
 */
final class TransliteratedNameDetector implements Detector {
    // A scan may spread the characters with blanks (艾 则 孜 · 肉 孜).
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{1,6}(?:\\s?[·•・‧]\\s?\\p{IsHan}{1,6})+"
            + "|(?<!\\p{IsHan})\\p{IsHan}(?: \\p{IsHan}){1,5} [·•・‧] \\p{IsHan}(?: \\p{IsHan}){1,5}(?!\\p{IsHan})");
    // Forms and scans also write the dot as a full stop, a hyphen or a blank (阿里木.阿布拉, 迪力夏提 买合苏提): then
    // both parts must be written in the characters of the standard transliteration of Uyghur and Kazakh names, so that
    // 高血压.糖尿病 stays a list.
    private static final String SOUND = "[" + "地牙切司外逊不乎汉娃阿艾爱安昂奥巴拜班邦包贝比别波玻伯布查达代丹道德迪蒂丁东都杜多朵俄额恩尔法凡方菲费芬夫弗伏"
            + "甫福嘎盖甘刚高格根贡古瓜哈海汗罕豪合和赫黑亨洪胡华霍吉加佳贾坚江杰金京居喀卡开凯坎康考柯科可克肯孔库"
            + "夸昆拉莱来兰朗劳勒雷累里丽力利莉莲列林琳铃留卢鲁路吕伦罗洛马玛买迈麦曼满芒毛梅美门蒙孟米密敏明莫默姆"
            + "木穆那纳娜乃奈南尼妮涅娘努诺帕排潘佩皮普齐奇其恰乔切钦秋却热日荣茹如肉若萨赛桑色森沙莎山尚舍申生什师"
            + "史舒斯松苏素孙索塔台太泰坦汤唐陶特提天铁通图吐托瓦万旺维温文沃乌吾西希锡夏先肖谢欣休许雅亚扬耶叶伊依"
            + "尤玉于约再赞扎则泽哲珍孜祖佐卓也英娅燕衣义友裕元园月"
            + "]";
    private static final String LOOSE_SEPARATORS = ".．- ";
    private static final Pattern LOOSE = Pattern.compile(SOUND + "{2,6}(?:[.．\\- ]" + SOUND + "{2,6})+");
    private static final BitSet SOUNDS = new BitSet();
    // …and the characters of Burmese names as Chinese writes them (觉辛泰, 梭莫奈, 其苏韦), for an undotted name in a
    // person's slot.
    private static final BitSet SLOT_SOUNDS = new BitSet();
    static {
        SOUND.chars().filter(c -> NameContext.isHan((char) c)).forEach(SOUNDS::set);
        SLOT_SOUNDS.or(SOUNDS);
        "觉梭韦貌吞妙芝登漂敦".chars().forEach(SLOT_SOUNDS::set);
    }
    // A service or channel written with the dot (互联网医院·图文问诊, 健康·生活) is no person.
    private static final Pattern NOT_A_PERSON = Pattern.compile("医院|问诊|中心|门诊|健康|服务|平台|科室|频道");
    private static final Pattern EPONYM_AFTER = Pattern.compile("(?:综合征|综合症|病|氏|试验|征|反射|定律)");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher dotted = NAME.matcher(text);
        while (dotted.find()) add(text, dotted, false, out);
        // The loose form's large character class is slow to try everywhere: a match holds a separator between two
        // sounds and starts at most six characters before it, so the search starts before the first such joint.
        int joint = firstJoint(text);
        if (joint >= 0) {
            Matcher loose = LOOSE.matcher(text).region(Math.max(0, joint - 6), text.length());
            while (loose.find()) add(text, loose, true, out);
        }
        undottedInSlot(text, out);
        return out;
    }

    /**
     * Three or four transliteration characters after a cue or label (口岸翻译德拜梭，, 姓名 其苏韦 缅甸), no word of the
     * dictionary, ending where the text goes on in another script, at a mark or a predicate.
     */
    private static void undottedInSlot(String text, List<Span> out) {
        for (int i = 0; i < text.length(); i++) {
            if (!SLOT_SOUNDS.get(text.charAt(i)) || i > 0 && SLOT_SOUNDS.get(text.charAt(i - 1))) continue;
            int run = i;
            while (run < text.length() && run - i < 6 && SLOT_SOUNDS.get(text.charAt(run))) run++;
            for (int end = Math.min(run, i + 4); end >= i + 3; end--) {
                boolean boundary = end == text.length() || !NameContext.isHan(text.charAt(end))
                        || NameContext.weakLength(text, end) > 0;
                if (boundary && !HanlpView.isWord(text.substring(i, end))
                        && (NameContext.cueBefore(text, i) || NameContext.labelBefore(text, i))) {
                    out.add(new Span(i, end, EntityKind.NAME));
                    break;
                }
            }
        }
    }

    private static void add(String text, Matcher m, boolean loose, List<Span> out) {
        int start = m.start() + leadingCue(m.group());
        int end = m.end();
        int lastPart = m.start() + lastSeparator(m.group()) + 1;
        // The last part may run into the following word (…艾力诉头痛); a predicate ends it.
        for (int k = lastPart + 2; k < end; k++) {
            if (NameContext.weakLength(text, k) >= 1) {
                end = k;
                break;
            }
        }
        if (EPONYM_AFTER.matcher(text.substring(lastPart, end)).find()
                || EPONYM_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || NOT_A_PERSON.matcher(text.substring(start, end)).find()) {
            return;
        }
        // Without the dot a name must end where the text does not go on in the same script, or at a predicate, or
        // where a word begins that runs past the match (艾则孜|提供: 提 is a name's sound too).
        if (loose && end < text.length() && NameContext.isHan(text.charAt(end)) && end == m.end()
                && NameContext.weakLength(text, end) == 0) {
            int word = end - 1;
            while (word >= lastPart + 2 && !HanlpView.dictionaryWordAt(text, word)) word--;
            if (word < lastPart + 2) return;
            end = word;
        }
        out.add(new Span(start, end, EntityKind.NAME));
    }

    private static int firstJoint(String text) {
        for (int k = 1; k + 1 < text.length(); k++) {
            if (LOOSE_SEPARATORS.indexOf(text.charAt(k)) >= 0 && SOUNDS.get(text.charAt(k - 1))
                    && SOUNDS.get(text.charAt(k + 1))) {
                return k;
            }
        }
        return -1;
    }

    /** Where the last part begins, less one: the last dot or blank between the parts. */
    private static int lastSeparator(String match) {
        int at = -1;
        for (int k = 0; k < match.length(); k++) if ("·•・‧.．- ".indexOf(match.charAt(k)) >= 0) at = k;
        return at;
    }

    /**
     * Length of the text before the name in the first part: up to the last cue word in it (患者买买提·艾力,
     * …医师：葛凤泽患者吐尔逊·热依拉 where a record runs on without punctuation).
     */
    private static int leadingCue(String match) {
        int first = match.indexOf('·');
        Matcher cue = NameContext.CUE_PREFIX.matcher(match);
        int end = 0;
        while (cue.find() && cue.end() < first) end = cue.end();
        return end;
    }
}
