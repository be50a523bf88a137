package com.yilian.agents.deid;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese names in kanji, as expatriates' records write them: a frequent Japanese surname before an honorific or a
 * title (渡边さん, 山本部长, 木村先生), which labels the surname, or before a given name of two or three characters,
 * no word of its own, closed by punctuation, a blank, 之女/之子 or 生 (小林拓海，, 吉田真理子,, 清水智子之女). Surnames that are Chinese words
 * too (清水, 前田, 中村) take the second form only after a cue. A form's name with a blank after the surname (森田 健太郎)
 * and its reading in kana after its label (フリガナ：モリタ ケンタロウ) are names as well.
 */
final class JapaneseNameDetector implements Detector {
    // The most frequent Japanese surnames, in the simplified forms Chinese records use (渡边, 斋藤, 高桥).
    private static final String SURNAMES = "佐藤|铃木|高桥|田中|渡边|伊藤|山本|中村|小林|加藤|吉田|山田|佐佐木|山口|松本|井上|"
            + "木村|斋藤|清水|山崎|池田|桥本|阿部|石川|山下|中岛|石井|小川|前田|冈田|长谷川|藤田|后藤|近藤|村上|远藤|"
            + "青木|坂本|福田|太田|西村|藤井|冈本|松田|中川|中野|原田|小野|竹内|金子|和田|中山|石田|上田|森田|小岛|柴田|"
            + "酒井|工藤|宫崎|横山|宫本|内田|高木|安藤|岛田|谷口|大野|高田|丸山|今井|河野|藤原|村田|武田|上野|杉山|增田|"
            + "平野|大塚|千叶|久保|松井|小山|岩崎|樱井|野口|松尾|菊地|木下|野村|新井|渡部";
    private static final Pattern HONORIFIC = Pattern.compile("(" + SURNAMES + ")(?=さん|様|君|ちゃん|部长|社长|课长|科长|"
            + "先生|女士|小姐|总经理|经理|厂长|老师|医生)");
    private static final Pattern FULL = Pattern.compile("(?<![\\p{IsHan}])(" + SURNAMES + ")(\\p{IsHan}{2,3}?)"
            + "(?=[，,、。；;：:（(）)\\s|]|之[女子]|生|出生|$)");

    // Japanese forms put a blank between surname and given name (森田 健太郎, 長谷川　直樹).
    private static final Pattern SPACED = Pattern.compile("(" + SURNAMES + ")[ \u3000](\\p{IsHan}{1,3})"
            + "(?![\\p{IsHan}])");
    // The reading of a name where a form gives it (フリガナ：モリタ ケンタロウ, ふりがな にしむら たくみ); two words of kana
    // elsewhere are as often a loanword phrase (クリニック サービス).
    private static final Pattern READING = Pattern.compile("(?:フリガナ|ふりがな|カナ|よみがな)\\s*[:：]?\\s*"
            + "(\\p{IsKatakana}[\\p{IsKatakana}ー]{1,7}[ \u3000]\\p{IsKatakana}[\\p{IsKatakana}ー]{1,7}"
            + "|\\p{IsHiragana}{2,6}[ \u3000]\\p{IsHiragana}{2,6})(?![\\p{IsKatakana}\\p{IsHiragana}ー])");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher spaced = SPACED.matcher(text);
        while (spaced.find()) {
            String given = spaced.group(2);
            // Standing alone or after a cue (陪同人大久保 千尋, 患者坂本 直樹).
            boolean alone = spaced.start() == 0 || !NameContext.isHan(text.charAt(spaced.start() - 1))
                    || NameContext.cueBefore(text, spaced.start());
            if (alone && given.chars().allMatch(c -> NameContext.givenChar((char) c)) && !CoreDictionary.contains(given)) {
                out.add(new Span(spaced.start(), spaced.end(), EntityKind.NAME));
            }
        }
        Matcher reading = READING.matcher(text);
        while (reading.find()) out.add(new Span(reading.start(1), reading.end(1), EntityKind.NAME));
        Matcher h = HONORIFIC.matcher(text);
        while (h.find()) out.add(new Span(h.start(1), h.end(1), EntityKind.NAME));
        Matcher f = FULL.matcher(text);
        while (f.find()) {
            String surname = f.group(1);
            // 清水, 中村: a word of its own in Chinese; then only after a cue (患者清水智子). HanLP reads 小林 and 吉田 as
            // names, which they are.
            boolean word = HanlpView.isWord(f.group()) || HanlpView.isWord(surname) && !readAsName(surname);
            if (word && !NameContext.cueBefore(text, f.start())) continue;
            // The given name is no word of its own (清水|洗净, 中村|小学 are none).
            String given = f.group(2);
            if (!CoreDictionary.contains(given) && !CustomDictionary.contains(given) && given.chars().allMatch(c -> NameContext.givenChar((char) c))) {
                out.add(new Span(f.start(), f.end(), EntityKind.NAME));
            }
        }
        return out;
    }

    private static boolean readAsName(String word) {
        var entry = CoreDictionary.get(word);
        return entry != null && Arrays.stream(entry.nature).anyMatch(n -> n.toString().startsWith("nr"));
    }
}
