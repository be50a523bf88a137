package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written with the interpunct (买买提·艾力, 阿依古丽·吐尔逊, 约翰·史密斯): Uyghur, Kazakh and other minority
 * names and transliterated foreign names. In Chinese clinical text the interpunct between Chinese characters
 * practically only joins the parts of such a name; an eponym (吉兰·巴雷综合征) is left alone.
 */
final class TransliteratedNameDetector implements Detector {
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{1,6}(?:\\s?[·•・‧]\\s?\\p{IsHan}{1,6})+");
    // A service or channel written with the dot (互联网医院·图文问诊, 健康·生活) is no person.
    private static final Pattern NOT_A_PERSON = Pattern.compile("医院|问诊|中心|门诊|健康|服务|平台|科室|频道");
    private static final Pattern EPONYM_AFTER = Pattern.compile("(?:综合征|综合症|病|氏|试验|征|反射|定律)");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String match = m.group();
            int start = m.start() + leadingCue(match);
            int end = m.end();
            // The last part may run into the following word (…艾力诉头痛); a predicate ends it.
            for (int k = start + 1; k < end; k++) {
                if (NameContext.isHan(text.charAt(k - 1)) && NameContext.weakLength(text, k) >= 1
                        && "·•・‧".indexOf(text.charAt(k - 1)) < 0 && k > text.lastIndexOf('·', end - 1) + 2) {
                    end = k;
                    break;
                }
            }
            String last = text.substring(text.lastIndexOf('·', end - 1) + 1, end);
            if (EPONYM_AFTER.matcher(last).find() || EPONYM_AFTER.matcher(text).region(end, text.length()).lookingAt()
                    || NOT_A_PERSON.matcher(text.substring(start, end)).find()) {
                continue;
            }
            out.add(new Span(start, end, EntityKind.NAME));
        }
        return out;
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
