package com.yilian.agents.deid;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name a record says a person is called by: after 小名, 乳名, 外号, 绰号 or 大名 whatever word it is (小名二嘎, 大名修立群),
 * and after 都叫他 / 都喊她 / 大家都喊她 when it stands alone before a mark (病房里大家都喊她贤淑，). Such a name says
 * who the patient is as well as the full one.
 */
final class NicknameDetector implements Detector {
    private static final Pattern NICKNAME = Pattern.compile(
            "(?:小名|乳名|外号|绰号|昵称|大名|学名)(?:叫|是)?[：:“\"]?(\\p{IsHan}{2,4})(?=[”\"）)，,。；;、\\s]|$)"
                    + "|(?:都|人都|们都|大家)(?:叫|喊|管)(?:他|她)(?:叫)?[“\"]?(\\p{IsHan}{2,3})(?=[”\"）)，,。；;、\\s]|$)");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = NICKNAME.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            // After 都叫他 a verb is what they call him to do (都叫他回来, 都叫他别去), not his name.
            if (group == 2 && verbOrAdverb(m.group(2))) continue;
            out.add(new Span(m.start(group), m.end(group), EntityKind.NAME));
        }
        return out;
    }

    private static boolean verbOrAdverb(String word) {
        var attribute = CoreDictionary.get(word);
        if (attribute == null) return false;
        for (var nature : attribute.nature) if (nature.toString().startsWith("v") || nature.toString().startsWith("d")) return true;
        return false;
    }
}
