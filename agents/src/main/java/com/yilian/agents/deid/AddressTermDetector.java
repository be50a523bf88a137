package com.yilian.agents.deid;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the 150 most common surnames used as a form of address, as nurses, family and colleagues write in chats
 * and handovers: 老王, 小李, 王姐, 李哥, 张叔, 钱老, 杨嬢嬢, 金sir. Only the surname is masked (老[姓名1]): it still narrows down who is
 * meant. 老师, 小时, 小于, 表哥 and any other pair HanLP's dictionary knows as an ordinary word are left alone. A head
 * before a surname alone (护士长王, 连长赵) is the same short form.
 */
final class AddressTermDetector implements Detector {
    private static final Pattern BEFORE = Pattern.compile("[老小](\\p{IsHan})");
    // Forms of address after a surname: kin words, 嬢嬢, 娭毑 and 爹 for the old (Hunan, Hubei), Sichuan and Chongqing's
    // 孃 (folded to 娘), 幺爸 and 老汉儿 (王孃, 田幺爸, 况老汉儿), sir, and 总 for a boss (乔总说), not 总结, 总体, 总是….
    static final String SURNAME_SUFFIX =
            "[姐哥叔姨伯婶嫂](?![姐哥妹弟夫])|嬢嬢|孃孃|娘娘|[嬢孃娘](?![家子])|幺[爸叔姑娘]|老汉儿|娭毑|爹(?![爹娘妈地])|(?i:sir)"
                    + "|总(?![结体共是之计量数胆管蛋额院部务监裁理经值班])";
    private static final Pattern AFTER = Pattern.compile(
            "(\\p{IsHan})(?:" + SURNAME_SUFFIX + ")");
    // A rarer listed surname after 小 or 老 where the address ends (急诊的小蔺啊, 随访护士小濮⏎).
    // Not the Cantonese father (系我老豆).
    private static final Pattern BEFORE_CLOSED = Pattern.compile("[老小](?!豆)(\\p{IsHan})(?=[啊呀呢吧的说]|[^\\p{IsHan}]|$)");
    // An elder addressed with respect (钱老说, 杜老中医): not 老师, 老人, 老年, 老伴… which make a word or a title.
    private static final Pattern ELDER = Pattern.compile("(\\p{IsHan})老(?![师人年伴婆公家板大太爷头乡总弟妹哥姐式化])");

    // A head or title before a surname alone, as wards and farm companies write (护士长王查房, 连长赵；, 连长陈：).
    private static final Pattern TITLE_FIRST = Pattern.compile("(?:" + NameContext.HEADS + ")(\\p{IsHan})"
            + "(?=[：:，,；;。、\\s)）]|$|查看|查房|到场|签字|说|来|去|让|在|带|陪)");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher titled = TITLE_FIRST.matcher(text);
        while (titled.find()) {
            // The head's word and a mark or verb after it leave no doubt, so any listed surname (护士长祁查看).
            if (Surnames.SINGLES.contains(titled.group(1)) && Surnames.WORD_LIKE.indexOf(titled.group(1).charAt(0)) < 0) out.add(new Span(titled.start(1), titled.end(1), EntityKind.NAME));
        }
        for (Pattern p : List.of(BEFORE, AFTER, ELDER, BEFORE_CLOSED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                // Neither the pair nor a word across its edges: the character before with the pair's first (养老,
                // 缩小), the surname with the character after it (小|阴唇).
                int after = m.end(1);
                boolean word = CoreDictionary.contains(m.group()) || placeAt(text, m.start(1)) || m.start() > 0
                        && CoreDictionary.contains(text.substring(m.start() - 1, m.start() + 1))
                        || after < text.length() && CoreDictionary.contains(text.substring(after - 1, after + 1));
                // A rarer listed surname also where a clause opens with the address (⏎易娭毑一个人住, ，卞嫂炒青时).
                // Not where a one-character address word may open a given name (应伯钧).
                boolean opening = p == AFTER && NameContext.clauseStart(text, m.start()) && (m.end() - m.end(1) > 1
                        || m.end() == text.length() || !GivenNameCharacters.likely(text.charAt(m.end())));
                boolean surname = p == BEFORE_CLOSED || opening ? Surnames.SINGLES.contains(m.group(1))
                        : Surnames.common(m.group(1));
                if (surname && !word) {
                    out.add(new Span(m.start(1), m.end(1), EntityKind.NAME));
                }
            }
        }
        return out;
    }

    /** A place name of HanLP's opens at {@code i} (安哥拉, 沙特阿拉伯): its first characters are no surname and address. */
    private static boolean placeAt(String text, int i) {
        for (int end = i + 3; end <= Math.min(text.length(), i + 5); end++) {
            if (HanlpView.isPlaceName(text.substring(i, end))) return true;
        }
        return false;
    }
}
