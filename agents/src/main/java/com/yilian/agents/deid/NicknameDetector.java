package com.yilian.agents.deid;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name a record says a person is called by: after 小名, 乳名, 外号, 绰号 or 大名 whatever word it is (小名二嘎, 大名修立群),
 * and after 都叫他 / 都喊她 / 大家都喊她 when it stands alone before a mark (病房里大家都喊她贤淑，). Such a name says
 * who the patient is as well as the full one. Northern pet names are also known by their shape (拴拴, 二旦) where a
 * person is asked for or named as kin, and Cantonese ones by a word for looks or build before a given-name character.
 * Also: a religious name after 经名 or before 阿訇, a nickname said before the real name (小河南大名叫…), Wu harbour
 * names with 阿 (阿根, 黑皮阿龙) and the north-west's pet names (尕虎子, 三娃子).
 */
final class NicknameDetector implements Detector {
    private static final Pattern NICKNAME = Pattern.compile(
            "(?:小名|乳名|外号|绰号|昵称|大名|学名|经名|教名)(?:叫|是)?[\"]?[：:“\"]?[\"]?(\\p{IsHan}{2,4})(?=[”\"）)，,。；;、\\s]|$)"
                    + "|(?:都|人都|们都|大家|工友|同事|邻居|村里人|别人|大伙|队友|朋友)(?:叫|喊|管)(?:他|她)(?:叫)?[“\"]?"
                    + "(\\p{IsHan}{2,3})(?=[”\"）)，,。；;、\\s]|$)");
    // How a caller names himself in a voice message, by his trade or place or not (我是开大车的牦牛娃 王师傅…, 我是胶佬 船上的).
    private static final Pattern SELF = Pattern.compile("我是(?:[^，。,\\s]{1,8}?的)?(\\p{IsHan}{2,3})(?=[，,。\\s]|$)");
    // A child's or villager's pet name of the north, by its shape: a doubled character (拴拴, 喜喜, 存存) or a numeral,
    // colour or animal before 旦, 蛋, 娃 or 虎 (二旦, 黑旦, 铁蛋, 二虎), where someone is asked for, named as kin or as one
    // of the village (叫喜喜来拿, 额妈黑旦不吃饭, 额们村的二旦又喝多了).
    private static final Pattern SHAPED = Pattern.compile("(?<=叫|喊|让|找|村的|家的|屋里的|额妈|俺妈|俺娘|我妈|他妈|她妈|"
            + "额大|俺爹|孙子|孙女|儿子|女儿|婆姨|老汉|娃娃)((\\p{IsHan})\\2|[大二三四五六黑毛狗铁石拴][旦蛋娃虎])"
            + "(?![\\p{IsHan}&&[^来去又也不没说在就到的呢咋]])");

    // A Cantonese nickname: a word for a looks or a build before one given-name character (靓仔坤, 肥婆兰, 黑仔明); the
    // word alone (靓仔, 肥婆) is none, nor a word it opens (肥仔水, soda).
    private static final Pattern CANTONESE = Pattern.compile("(?:靓仔|靓女|肥仔|肥婆|黑仔|大只|高佬|矮仔)(\\p{IsHan})");
    // A Hainanese or Cantonese familiar name: 亚 before a given-name character, where someone is addressed or named as
    // family (帕亚凡啊: Li for "father of 亚凡", 你家亚凡的, 【…】亚坤您好); not 亚洲, 亚型, 亚急性.
    private static final Pattern FAMILIAR = Pattern.compile("亚(\\p{IsHan})(?=[啊呀您你的那说来去也又，,。：:\\s]|$)");
    private static final String BEFORE_FAMILIAR = "帕拜家叫喊找】：:，, \t\n";
    private static final String PROVINCES = "河北|山西|辽宁|吉林|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|四川|贵州"
            + "|云南|陕西|甘肃|青海|宁夏";
    // A migrant worker called by where he comes from (小四川, 老甘肃, 河南娃), where a person's word or a mark follows.
    private static final Pattern BY_PROVINCE = Pattern.compile("(?:[小老](?:" + PROVINCES + ")|(?:" + PROVINCES + ")娃)"
            + "(?![\\p{IsHan}&&[^也说是在来去又都就和跟让给叫发头今昨没]])");
    // Kin words of the dialects that HanLP's dictionary lacks (我是谭狗伢子的姆妈, 我是晏秋萍的娭毑).
    private static final Set<String> DIALECT_KIN = Set.of("姆妈", "娭毑", "嗲嗲", "堂客", "家娘", "家爷", "老倌",
            "爷老倌", "满满", "幺幺", "嬢嬢", "孃孃", "阿嫲", "阿婆", "阿公", "老豆", "阿爸", "阿妈", "婆姨", "老汉儿", "幺爸");
    // A nickname said before the real name (小河南大名叫陈定康, 长脚阿四是应海宁的绰号).
    private static final Pattern BEFORE_REAL_NAME = Pattern.compile("(?<=^|[\\n：:，,。；;】\\]\\s])(\\p{IsHan}{2,5}?)"
            + "(?=(?:大名|真名|本名|学名)(?:叫|是)|是\\p{IsHan}{2,4}的(?:绰号|外号|小名))");
    // A Wu harbour's familiar names: 阿 before a given-name character or a numeral, maybe with 头 after it or a word for
    // looks before it (阿根, 阿六头, 黑皮阿龙, 胖阿福), where a speaker opens with it or the family names him.
    private static final Pattern WU_FAMILIAR = Pattern.compile("(?<=^|[\\n：:，, ]|阿拉是|阿拉|我是)((?:大头|长脚|黑皮|胖|瘦|癞头)?阿"
            + "(\\p{IsHan})头?)(?=大名|是\\p{IsHan}{2,4}的绰号|今朝|昨日|屋里|到底|又|讲)");
    // Pet names of the north-west: 尕 (small) before a given-name character (尕虎子, 尕存娃), and a numeral, colour or
    // animal word before 娃子, 蛋子, 尕子 (三娃子, 黑蛋子, 二尕子, 狗剩子, 拴牢子).
    private static final Pattern NORTHWEST = Pattern.compile("尕(?![娃子妹弟哥姐])\\p{IsHan}(?:子|娃)|(?:[二三四五六七八九]|黑|狗|拴|铁|石|毛)"
            + "(?:娃|蛋|尕|剩|牢)子");
    // An imam is called by his religious name before the title (请法图麦阿訇来, 优素福阿訇：).
    private static final Pattern IMAM = Pattern.compile("(?<=^|[请叫找的：:，,。 \\n]|Speaker: )(\\p{IsHan}{2,4}?)阿訇");
    private static final String KIN_AFTER_A = "拉侬伊姨婆公爸妈叔伯嫂哥姐弟妹奶爷嫲舅";
    private static final String NOT_AFTER_NICKNAME = "的了好来去过都也又就是系嘅喺咗啊呀佬哥姐水";

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
        Matcher self = SELF.matcher(text);
        while (self.find()) {
            // None is a word or a role (我是村里的医生), whose someone is (我是他配偶) or where they come from (我是湖南嘅).
            String said = self.group(1);
            boolean notName = "他她你我您咱".indexOf(said.charAt(0)) >= 0
                    || "嘅的啊呀咯喔".indexOf(said.charAt(said.length() - 1)) >= 0
                    || CoreDictionary.contains(said) || NameContext.endsAsRole(said) || DIALECT_KIN.contains(said);
            if (!notName) out.add(new Span(self.start(1), self.end(1), EntityKind.NAME));
        }
        Matcher shaped = SHAPED.matcher(text);
        while (shaped.find()) {
            // 叫妈妈, 叫宝宝, 让慢慢: a word, not a name.
            if (!CoreDictionary.contains(shaped.group(1))) out.add(new Span(shaped.start(1), shaped.end(1), EntityKind.NAME));
        }
        Matcher familiar = FAMILIAR.matcher(text);
        while (familiar.find()) {
            boolean placed = familiar.start() == 0 || BEFORE_FAMILIAR.indexOf(text.charAt(familiar.start() - 1)) >= 0;
            if (placed && GivenNameCharacters.likely(familiar.group(1).charAt(0)) && !CoreDictionary.contains(familiar.group())) {
                out.add(new Span(familiar.start(), familiar.end(), EntityKind.NAME));
            }
        }
        Matcher real = BEFORE_REAL_NAME.matcher(text);
        while (real.find()) {
            // …not a pronoun or a demonstrative with its noun (他的大名叫, 这个娃娃大名叫).
            String said = real.group(1);
            boolean pointer = "他她它我你您咱这那其该此每".indexOf(said.charAt(0)) >= 0 || said.contains("的");
            if (!pointer && !CoreDictionary.contains(said)) out.add(new Span(real.start(1), real.end(1), EntityKind.NAME));
        }
        Matcher wu = WU_FAMILIAR.matcher(text);
        while (wu.find()) {
            char given = wu.group(2).charAt(0);
            if (KIN_AFTER_A.indexOf(given) < 0 && (GivenNameCharacters.likely(given) || "一二三四五六七八九十".indexOf(given) >= 0)) {
                out.add(new Span(wu.start(1), wu.end(1), EntityKind.NAME));
            }
        }
        Matcher imam = IMAM.matcher(text);
        while (imam.find()) {
            if (!CoreDictionary.contains(imam.group(1))) out.add(new Span(imam.start(1), imam.end(1), EntityKind.NAME));
        }
        Matcher northwest = NORTHWEST.matcher(text);
        while (northwest.find()) out.add(new Span(northwest.start(), northwest.end(), EntityKind.NAME));
        Matcher province = BY_PROVINCE.matcher(text);
        while (province.find()) out.add(new Span(province.start(), province.end(), EntityKind.NAME));
        Matcher cantonese = CANTONESE.matcher(text);
        while (cantonese.find()) {
            char given = cantonese.group(1).charAt(0);
            if (NOT_AFTER_NICKNAME.indexOf(given) < 0 && GivenNameCharacters.likely(given)) {
                out.add(new Span(cantonese.start(), cantonese.end(), EntityKind.NAME));
            }
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
