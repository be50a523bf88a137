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
    // The chat's app or kind in the tag ([微信 翻译群], [카카오톡], [WhatsApp]).
    private static final String APPS = "(?:微信|群|聊天|WeChat|chat|카카오톡|KakaoTalk|WhatsApp|LINE|Telegram)";
    private static final Pattern TAGGED_LINE = Pattern.compile(
            "(?m)^\\[[^\\]\\n]{0,20}" + APPS + "[^\\]\\n]{0,20}][ \\t]*(\\p{IsHan}{2,6}|\\p{IsHan}{1,4}·\\p{IsHan}{1,6}|\\p{IsHangul}{2,4})"
                    + "(?:（[^）\\n]{1,8}）)?[：:]");

    // A tag on a line of its own opens a block of speakers' lines ([微信群 虫草季临时医疗点]⏎邓秀蓉：…⏎沙鸥：…).
    private static final Pattern TAG_ALONE = Pattern.compile(
            "(?m)^\\[[^\\]\\n]{0,20}" + APPS + "[^\\]\\n]{0,20}][ \\t]*\\n");
    // A relative abroad writes in Latin letters (WOON MEI CHIN: Doctor, is my uncle…).
    private static final Pattern SPEAKER = Pattern.compile("(\\p{IsHan}{2,6}|\\p{IsHan}{1,4}·\\p{IsHan}{1,6}|\\p{IsHangul}{2,4}"
            + "|\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3})(?:（[^）\\n]{1,8}）)?[：:]");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{L}'’-]*");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher line = TAGGED_LINE.matcher(text);
        while (line.find()) {
            if (speaker(line.group(1), false)) out.add(new Span(line.start(1), line.end(1), EntityKind.NAME));
        }
        // A block of speakers' lines follows a tag on its own line, or the tagged line itself ([카카오톡] 허일남: …⏎차미란: …).
        // After a tagged line, only speakers that open with a surname go on its chat: a form's keys may follow it
        // (Nationality:, 预防接种登记：).
        List<Integer> blockStarts = new ArrayList<>();
        Matcher tag = TAG_ALONE.matcher(text);
        while (tag.find()) blockStarts.add(tag.end());
        int alone = blockStarts.size();
        line.reset();
        while (line.find()) {
            int end = text.indexOf('\n', line.end());
            if (end >= 0) blockStarts.add(end + 1);
        }
        for (int b = 0; b < blockStarts.size(); b++) {
            int blockStart = blockStarts.get(b);
            boolean continued = b >= alone;
            List<Span> block = new ArrayList<>();
            Matcher next = SPEAKER.matcher(text);
            for (int at = blockStart; next.region(at, text.length()).lookingAt(); ) {
                block.add(new Span(next.start(1), next.end(1), EntityKind.NAME));
                int end = text.indexOf('\n', next.end());
                if (end < 0) break;
                at = end + 1;
            }
            for (Span s : block) {
                String who = s.in(text);
                // The block may run on into the next section's heading (护理交接班：…): a speaker there opens with a
                // surname or speaks twice.
                boolean latin = LATIN_WORD.matcher(who).lookingAt();
                // A Latin speaker has a word outside the vocabulary (WOON MEI CHIN, not Doctor or Nurse).
                boolean person = latin ? LATIN_WORD.matcher(who).results()
                        .anyMatch(w -> !EnglishVocabulary.listed(EnglishVocabulary.capitalised(w.group())))
                        : Surnames.at(who, 0) > 0 && who.length() <= 4 || HangulNameDetector.surnameFirst(who)
                                || block.stream().filter(o -> o.in(text).equals(who)).count() > 1;
                if (continued) {
                    person = !latin && (Surnames.at(who, 0) > 0 && who.length() <= 4 && speaker(who, false)
                            || HangulNameDetector.surnameFirst(who));
                }
                if (person && (latin || speaker(who, true))) out.add(s);
            }
        }
        return out;
    }

    // Inside a block every line is someone's, so a surname before a word (沙鸥, 马驹) is a person there too.
    private static boolean speaker(String who, boolean inBlock) {
        // A Korean speaker opens with a surname (허일남:, not 엄마:).
        if (Character.UnicodeScript.of(who.charAt(0)) == Character.UnicodeScript.HANGUL) {
            return HangulNameDetector.surnameFirst(who);
        }
        if (NameContext.endsAsRole(who)) return false;
        return !CoreDictionary.contains(who) || inBlock && Surnames.SINGLES.contains(who.substring(0, 1));
    }
}
