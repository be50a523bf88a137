package com.yilian.agents.deid;

import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Chinese surnames: the compound ones first (欧阳 before 欧), then the common single ones. */
final class Surnames {
    static final List<String> COMPOUND = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
            "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶",
            "太史", "申屠", "闻人", "万俟", "濮阳", "赫连", "拓跋", "左丘", "东郭", "单于", "第五", "司空", "仲孙", "淳于",
            // The remaining compound surnames of the 百家姓.
            "宗政", "太叔", "公羊", "鲜于", "闾丘", "亓官", "司寇", "子车", "颛孙", "巫马", "公西", "漆雕", "乐正", "壤驷",
            "公良", "夹谷", "宰父", "谷梁", "段干", "南门", "归海", "羊舌", "微生", "梁丘", "东门", "商牟", "伯赏",
            "公仪", "公户", "公玉", "公仲", "公上", "公门", "公山", "公坚", "左人", "完颜", "爱新觉罗", "叶赫那拉",
            // Double surnames of southern Fujian and Taiwan.
            "张简", "张廖", "范姜",
            // A Xianbei lineage of Shanxi and Inner Mongolia.
            "尔朱");

    // Covers well over 95% of the population; characters that are mostly ordinary words in clinical text
    // (e.g. 高 as in 高血压) are still listed: the context rules, not this list, decide.
    private static final String SINGLE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈傅洪赖"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
            + "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲"
            + "翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
            + "柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南"
            + "班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门"
            + "云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼"
            + "居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭占习滑暴字者纳要"
            // Rarer surnames of the 百家姓 that are hardly ever ordinary words, so listing them costs no precision.
            + "仉逄郗眭厍琚蒯笪佴郦雎聶邴郏鄂璩濮訾缑苌郄隗糜韶郇阎沃钭蓬萧秘蒿酆邗俟"
            + "庹禚乜蹇宓郯綦郐芈貊蓟郈琴禤贲钮雒谯庾荀羿汲莘郤宦暨殳夔竺桓"
            // Surnames of Yunnan and Guizhou (杞, 卯, 矣, 禄…).
            + "杞卯矣滚禄撒续渠畅"
            // …and of Anhui and Hubei (疏, 宛).
            + "疏宛"
            // …and of the north-west: Hui families of Gansu, Ningxia and Qinghai (妥, 虎, 锁, 喇, 敏, 把, 铁) and old
            // Shaanxi ones (贠, 剡, 巨, 同, 问, 种, 年, 鱼, 星, 闪, 蔚, 毋). Many are words too: the context rules decide.
            + "妥虎锁喇敏把铁贠剡巨同问种年鱼星闪蔚毋"
            // …of Sichuan and the south (税, 旷, 丘, 凤) and of the North China Plain (弭, 郅, 撖, 汝, 靖, 逢, 侍, 菅).
            + "税旷丘凤弭郅撖汝靖逢侍菅"
            // …and of the Fujian coast (凃, 鄞).
            + "凃鄞"
            // …and of northern Shaanxi (折: 折家将 of Fugu), of the Zhuang of Guangxi (俸) and of the north-west (兀, and 绽
            // of the Hui of Qinghai and Gansu).
            + "折俸兀绽"
            // …and of Hainan (苻).
            + "苻";
    /**
     * Surnames of the south-west, the north, Fujian and Hainan that are words far more often (先行, 代签, 化验, 台账, 零星,
     * 黑便, 磨牙, 留观, 介绍, 摆放, 一朵, 咸菜, 扶着; the Dai 刀 and 线 and the 茶 of Yunnan, the 犹 and 瓮 of Guizhou, the 源 of Guangdong: 犹豫, 瓮安, 来源):
     * not in the list above; after a cue they open a full name only (see ChineseNameDetector).
     */
    static final String WORD_LIKE = "先代化台零黑磨留介摆朵咸扶刀线茶犹瓮源";

    static final Set<String> SINGLES = SINGLE.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.toSet());

    private Surnames() {
    }

    /** HanLP's person-name dictionary has seen {@code c} as a surname (贲, 谈): a candidate in a person slot. */
    static boolean knownToHanlp(char c) {
        var item = PersonDictionary.dictionary.get(String.valueOf(c));
        return item != null && item.getFrequency(NR.B) > 0;
    }

    /** One of the 150 most common surnames (the list is in order of frequency): 王, 刘 or 牛, not 阴 or 时. */
    static boolean common(String c) {
        int at = SINGLE.indexOf(c);
        return c.length() == 1 && at >= 0 && at < 150;
    }

    /** Length of the surname that begins at {@code i}, or 0. */
    static int at(String text, int i) {
        for (String c : COMPOUND) if (text.startsWith(c, i)) return c.length();
        return i < text.length() && SINGLES.contains(String.valueOf(text.charAt(i))) ? 1 : 0;
    }
}
