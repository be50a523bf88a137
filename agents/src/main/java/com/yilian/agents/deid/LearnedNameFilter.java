package com.yilian.agents.deid;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the learned tagger's spans to keep: only what the rules cannot judge better. A tagger that has not seen a
 * clinical term in a name's place takes it for one, so a span must be a Chinese name of two or more characters that
 * opens with a surname (a lone surname needs the title after it, which the rules read; Latin script and minority names
 * without a surname are the rules' part), and not a word HanLP's dictionary never reads as a name (暗红), a drug or
 * disease it knows (布洛芬), an eponym (墨菲征, 吉兰-巴雷综合征), an amount (伍仟元整), a quantity (方圆五公里) or a
 * question (高吗).
 */
final class LearnedNameFilter {
    // …and a surname with an address term (王姐, 李哥): the rules mask the surname alone there.
    // …and a place, office, road, village, pasture or category of three characters or more (孙吴县, 卫健委, 黄兴路, 那敏村,
    // 夏牧场, 卫健类), a school
    // (雷锋小学)…
    private static final Pattern NOT_NAMES = Pattern.compile(
            "征$|[仟佰拾元整]|[吗呢吧么]$|^\\p{IsHan}[姐哥叔姨伯婶嫂]$|^\\p{IsHan}{2,}[县市区委局类路街道巷村屯寨乡镇场]$|(?:小学|中学|大学)$"
                    // …or an adverb before its preposition (曾在南阳…), or a protein (铁蛋白, 白蛋白).
                    + "|^\\p{IsHan}[在从把被]|蛋白$"
                    // …or thanks in Wu (谢谢侬).
                    + "|^谢谢");
    // The rules read a title after a surname (张先生 → 张); the name itself ends before it.
    private static final Pattern TITLE_END = Pattern.compile("(?:" + NameContext.TITLE_AFTER.pattern() + ")$");
    // …with the Uyghur boy or son (巴郎子).
    private static final Pattern KINSHIP = Pattern.compile("孙子|孙女|儿子|女儿|侄子|侄女|外孙|外孙女|孙媳|叔叔|舅舅|巴郎子?"
            // …and the north-west's grandmother, grandfather and children (阿奶, 阿爷, 把娃娃 as "the children's").
            + "|阿奶|阿爷|\\p{IsHan}?娃娃|\\p{IsHan}?群众");
    private static final Pattern QUANTITY_AT = Pattern.compile("[一二三四五六七八九十两百千万][公千厘毫]?[里米克斤升天周月年岁次个]");
    // A name before a school or hospital word names the institution (陶行知中学, 白求恩医院, 何贤纪念医院).
    private static final Pattern SCHOOL_OR_HOSPITAL_AFTER = Pattern.compile("小学|中学|大学|学院|医学院|学校|幼儿园|医院|卫生院|纪念医院|纪念馆|基金会");
    private static final Pattern EPONYM_AFTER = Pattern.compile("(?:[-·•・‧]\\p{IsHan}{1,6})?(?:综合征|综合症|病|氏|征|试验|反射)");

    private LearnedNameFilter() {
    }

    /** Where the name the tagger found at [start, end) really ends (a title cut off), or -1 to drop it. */
    static int nameEnd(String text, int start, int end) {
        // 于, 和, 向… glued to the word before and followed by a word are a preposition and its object (就读于|向阳
        // 幼儿园), not a name (代于敏睿取药 is one).
        boolean function = (NameContext.FUNCTION_SURNAMES + NameContext.CONJUNCTION_SURNAMES).indexOf(text.charAt(start)) >= 0;
        if (function && start > 0 && NameContext.isHan(text.charAt(start - 1)) && end - start >= 3
                && HanlpView.isWord(text.substring(start + 1, end))) {
            return -1;
        }
        // A Minnan pronoun before a kin or home word (阮阿母, 伊今仔日) is no surname.
        // …nor a verb's ending before a language (翻译成|韩语).
        if (NameContext.dialectPronounAt(text, start) || NameContext.nationalityAt(text, start)
                || end - start >= 2 && NameContext.nationalityAt(text, start + 1)) {
            return -1;
        }
        // …nor a kinship word (的孙子在…), nor a name inside a company's (鳌海世宇|电子有限公司).
        if (KINSHIP.matcher(text.substring(start, end)).matches() || NameContext.companyAfter(text, end)) return -1;
        // …nor a head before a surname (连长孙: the rules take 孙).
        if (NameContext.HEAD.matcher(text).region(start, end).lookingAt()) return -1;
        Matcher title = TITLE_END.matcher(text).region(start, end);
        int nameEnd = title.find() ? title.start() : end;
        if (nameEnd <= start || !plausible(text.substring(start, nameEnd))) return -1;
        if (EPONYM_AFTER.matcher(text).region(nameEnd, text.length()).lookingAt()) return -1;
        if (SCHOOL_OR_HOSPITAL_AFTER.matcher(text).region(nameEnd, text.length()).lookingAt()) return -1;
        if (QUANTITY_AT.matcher(text).region(nameEnd - 1, text.length()).lookingAt()) return -1;
        return nameEnd;
    }

    static boolean plausible(String name) {
        if (name.length() < 2 || Surnames.at(name, 0) == 0 && !Surnames.knownToHanlp(name.charAt(0))) return false;
        if (name.codePoints().anyMatch(c -> c < 0x3000 && Character.isLetter(c))) return false;
        if (NOT_NAMES.matcher(name).find() || NameContext.NOT_NAMES.contains(name)) return false;
        return readAsName(CoreDictionary.get(name)) && !medicalTerm(CustomDictionary.get(name));
    }

    private static boolean medicalTerm(CoreDictionary.Attribute entry) {
        return entry != null && Arrays.stream(entry.nature).allMatch(n -> n.toString().startsWith("nh"));
    }

    /**
     * Unknown to HanLP, or read as a name in at least one use in fifty: 方向 (a name once in 131) is a word to the
     * tagger; where a person's slot makes it a name, the rules take it.
     */
    private static boolean readAsName(CoreDictionary.Attribute entry) {
        if (entry == null) return true;
        int asName = 0, total = 0;
        for (int k = 0; k < entry.nature.length; k++) {
            total += entry.frequency[k];
            if (entry.nature[k].toString().startsWith("nr")) asName += entry.frequency[k];
        }
        return asName > 0 && asName * 50 >= total;
    }
}
