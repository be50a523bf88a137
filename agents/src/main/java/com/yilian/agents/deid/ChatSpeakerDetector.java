package com.yilian.agents.deid;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks on a line tagged as a group chat's ([微信 翻译群] 嘎鲁：…): the Chinese name before the colon, whatever its
 * surname, or none (Mongolian and Tibetan names have none). A speaker that is a word (医生：, 翻译：, 家属：) or ends as a
 * role does (蒙方经理) is no name.
 */
final class ChatSpeakerDetector implements Detector {
    // A role that HanLP does not list as one word (蒙方经理, 值班护士, 村医) ends as roles do.
    private static final Pattern ROLE_END = Pattern.compile(
            ".*(?:生|士|属|者|长|任|师|员|理|医|夫|管|队|组|群|方|处|科|室|站|院)$");
    private static final Pattern TAGGED_LINE = Pattern.compile(
            "(?m)^\\[[^\\]\\n]{0,20}(?:微信|群|聊天|WeChat|chat)[^\\]\\n]{0,20}][ \\t]*(\\p{IsHan}{2,6}|\\p{IsHan}{1,4}·\\p{IsHan}{1,6})"
                    + "(?:（[^）\\n]{1,8}）)?[：:]");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher line = TAGGED_LINE.matcher(text);
        while (line.find()) {
            String who = line.group(1);
            if (!CoreDictionary.contains(who) && !ROLE_END.matcher(who).matches()) {
                out.add(new Span(line.start(1), line.end(1), EntityKind.NAME));
            }
        }
        return out;
    }
}
