package com.yilian.agents.deid;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dai and Jingpo names as Chinese writes them, which open with a word for the bearer rather than a surname: the Dai 岩
 * (a man of Xishuangbanna), 玉 (a woman), 混 and 喃 (a man and a woman of Dehong), 娜, a parent's 波岩 and 咪玉 (father
 * and mother of…), and the Jingpo clan names 勒排, 麻日, 腊邦 and 木然, each before one or two characters (岩香龙,
 * 咪玉罕, 喃相, 勒排相努, 麻日早途). The opening and the whole must be no word of the dictionary (岩石, 玉米, 混合),
 * the name must stand where a name stands (after a mark, a cue or a label) and end where a word ends. The clan name 排
 * alone opens 排班 and 排出 too often to be read so.
 */
final class YunnanBorderNameDetector implements Detector {
    private static final Pattern OPENING = Pattern.compile("(?:波岩|波玉|咪玉|咪岩|勒排|麻日|腊邦|木然|岩|玉|混|喃|娜)");
    private static final String ENDS_AFTER = "的说来去在和与跟、，,。；;：:（(）)";

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = OPENING.matcher(text);
        while (m.find()) {
            int start = m.start(), given = m.end();
            boolean placed = start == 0 || !NameContext.isHan(text.charAt(start - 1))
                    || "、，：的".indexOf(text.charAt(start - 1)) >= 0 || NameContext.cueBefore(text, start)
                    || NameContext.labelBefore(text, start);
            if (!placed || given >= text.length() || !NameContext.isHan(text.charAt(given))
                    || CoreDictionary.contains(text.substring(given - 1, given + 1))) {
                continue;
            }
            for (int end = Math.min(text.length(), given + 2); end > given; end--) {
                if (endsName(text, end) && !CoreDictionary.contains(text.substring(start, end))
                        && allHan(text, given, end)) {
                    out.add(new Span(start, end, EntityKind.NAME));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean endsName(String text, int end) {
        return end == text.length() || !NameContext.isHan(text.charAt(end)) || ENDS_AFTER.indexOf(text.charAt(end)) >= 0;
    }

    private static boolean allHan(String text, int from, int to) {
        for (int i = from; i < to; i++) if (!NameContext.isHan(text.charAt(i))) return false;
        return true;
    }
}
