package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tibetan, Mongolian, Yi, Uyghur and Kazakh names written without an interpunct and without a Han surname (扎西顿珠,
 * 哈斯巴根, 吉克阿依, 别克江木拉提): two or more name syllables in a row. Each syllable alone is also a word or a name part elsewhere, but a
 * run of two practically only occurs as a personal name.
 */
final class MinorityNameDetector implements Detector {
    // Common syllables of Tibetan (扎西, 卓玛), Mongolian (巴特尔, 其其格) and Yi (阿呷, 吉克) personal names.
    private static final Set<String> SYLLABLES = Set.of(("扎西|次仁|卓玛|顿珠|旦增|丹增|平措|央金|拉姆|洛桑|多吉|格桑|曲珍|尼玛|"
            + "达瓦|巴桑|普布|边巴|拉巴|索朗|德吉|白玛|措姆|益西|强巴|桑吉|仁增|贡布|罗布|群培|米玛|琼达|央宗|卓嘎|拉珍|"
            + "次旦|旺堆|旺姆|曲吉|仓决|阿旺|格列|嘎玛|泽仁|才让|才旦|吉美|仁青|玉珍|德庆|普赤|次珍|巴珠|央拉|"
            + "巴根|哈斯|其其格|乌云|巴特尔|巴图|孟和|朝鲁|苏和|额尔敦|那仁|格日勒|图雅|萨仁|斯琴|高娃|宝力德|敖登|"
            + "满都拉|呼和|吉日嘎拉|乌力吉|阿拉坦|特木尔|毕力格|那日苏|其木格|塔娜|托娅|娜仁|"
            + "阿呷|沙马|吉克|阿依|阿果|曲比|吉木|海来|木呷|阿牛|日呷|阿各|拉哈|伍呷|史色|吉伍|俄木|尔古|阿嫫|"
            // More Yi clan and given names of Liangshan (甲巴日格, 俄底子日, 勒格阿妞, 倮伍阿木).
            + "甲巴|日格|阿衣|俄底|子日|日达|伍沙|阿西|瓦扎|曲日|约呷|勒格|阿妞|拉莫|倮伍|阿木|阿的|依作|马海|阿苏|"
            + "尔布|木乃|铁哈|阿尔|"
            // Clans of the Liangshan heartland (的日, 瓦扎, 马黑, 吉伙) and the given names' syllables (牛嫫, 拉体, 木且).
            + "的日|马黑|阿苦|吉伙|阿侯|阿约|罗洪|吉尔|苏呷|阿说|吉则|加拉|洛古|阿克|吉沙|阿海|"
            + "牛嫫|拉体|木且|伍嫫|尔嫫|史者|约哈|日果|衣嫫|伍各|日且|拉嫫|日嫫|子嫫|尔呷|子洛|衣且|日牛|阿芝|伍牛|"
            + "石嫫|石哈|木果|拉且|布哈|伍果|衣各|子哈|尔果|日体|约且|"
            // Kham and Jiarong Tibetan of Ganzi and Aba (泽郎王姆, 三朗拉措, 四郎降措, 登巴次称).
            + "泽郎|王姆|翁姆|三朗|斯郎|四郎|拉措|降措|拥措|格绒|洛绒|泽绒|呷绒|登珠|志玛|登巴|次称|称列|降央|降泽|"
            + "俄色|根秋|夺吉|彭措|伍金|甲措|向秋|"
            // Amdo Tibetan of Qinghai and Gansu (多杰, 公保, 更登, 拉毛), more Mongolian (巴音, 乌日根, 达来).
            + "多杰|公保|贡保|更登|拉毛|尖措|完玛|旦正|索南|南加|闹日|官却|桑杰|东智|万玛|华旦|"
            + "巴音|乌日根|达来|达赖|宝音|图门|额尔德尼|布和|"
            // Mongolian names of Inner Mongolia (孟根达来, 特古斯巴雅尔, 图们朝鲁, 胡日查毕力格, 额日敦其其格).
            + "孟根|特古斯|巴雅尔|道尔吉|格根|达古拉|图们|青格勒|萨日娜|牧仁|满都呼|胡日查|乌兰|赛音|吉雅|诺敏|额日敦|"
            + "嘎鲁|哈达|朝克|敖其尔|宝力格|斯日古楞|苏日娜|阿古拉|额尔德木|阿拉腾|布仁|巴雅斯古楞|那木吉拉|乌日娜|"
            + "都仁|策仁|桑布|纳顺|陶格陶|乌恩|德力格尔|哈日巴拉|阿木古楞|乌云其其格|格日乐|其格|图布信|"

            // Uyghur and Kazakh names written without the interpunct (帕热旦努尔买买提, 别克江木拉提).
            + "买买提|麦麦提|艾买提|阿布力|阿布都|阿不都|米提|古丽|热合曼|吾斯曼|哈斯木|努尔|帕热旦|别克|木拉提|艾孜|"
            + "司迪克|吐尔逊|热依拉|托合提|依明|肉孜|沙吾提|艾力|艾克木|排日扎提|阿曼|叶尔兰|努尔兰|江木|买合甫|"
            // The Islamic names (经名) Hui and Salar families give after their Chinese surname (马法图麦, 韩阿依舍).
            + "法图麦|阿依舍|尔沙|穆萨|哈三|尔萨|优素福|伊斯哈|努哈|阿卜杜|乙四夫|舍麦|海麦|亥麦|苏里曼|赛里麦|麦尔燕|"
            + "达吾德|尔布都|叶海亚|伊布拉")
            .split("\\|"));
    private static final int LONGEST = 4;
    // Mongolian names often end in 图 (吉日嘎拉图, 毕力格图).
    private static final String TAILS = "措吉加草杰江再图";
    // Surnames Mongolian families took in Chinese, before a Mongolian name (包满都拉, 吴图雅, 鲍格日勒), and those of
    // Hui and Salar families before an Islamic one (马穆萨, 沙哈三).
    private static final String ADOPTED_SURNAMES = "包白鲍韩吴奇宝云那陶马沙丁哈穆纳冶喇妥";
    private static final String FIRST = SYLLABLES.stream().map(x -> x.substring(0, 1)).distinct().reduce("", String::concat);

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int end = i, parts = 0;
            for (int next; (next = syllableEnd(text, end)) > end; end = next) parts++;
            // Tibetan names end in a one-character syllable after a known one (更登加, 拉毛措, 旦正草); Uyghur names
            // join theirs with 江 or 再 (吾斯曼江哈斯木).
            if (parts >= 1 && end < text.length() && TAILS.indexOf(text.charAt(end)) >= 0
                    && (end + 1 == text.length() || !NameContext.isHan(text.charAt(end + 1)) || syllableEnd(text, end + 1) > end + 1)) {
                end++;
                parts++;
                for (int next; (next = syllableEnd(text, end)) > end; end = next) parts++;
            }
            // One syllable makes a name after an adopted surname or in a person's slot (翻译道尔吉, 蒙医诺敏；).
            int start = i;
            if (parts == 1 && i > 0 && ADOPTED_SURNAMES.indexOf(text.charAt(i - 1)) >= 0
                    && (i == 1 || !NameContext.isHan(text.charAt(i - 2)) || NameContext.cueBefore(text, i - 1))) {
                start = i - 1;
                parts++;
            } else if (parts == 1 && end - i >= 2 && NameContext.cueBefore(text, i)
                    && (NameContext.boundaryAt(text, end) || NameContext.weakLength(text, end) > 0)) {
                parts++;
            }
            if (parts >= 2) {
                out.add(new Span(start, end, EntityKind.NAME));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** End of the longest name syllable starting at {@code i}, or {@code i}. */
    private static int syllableEnd(String text, int i) {
        if (i >= text.length() || FIRST.indexOf(text.charAt(i)) < 0) return i;
        for (int len = LONGEST; len >= 2; len--) {
            if (i + len <= text.length() && SYLLABLES.contains(text.substring(i, i + len))) return i + len;
        }
        return i;
    }
}
