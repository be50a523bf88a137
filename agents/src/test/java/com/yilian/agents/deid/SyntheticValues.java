package com.yilian.agents.deid;

import java.util.List;
import java.util.Random;

/** Random but valid-looking identifiers and decoys for the synthetic clinical-text generator. */
final class SyntheticValues {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
            + "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲";
    private static final String RARE_SURNAMES = "蒯笪佴仉逄郗眭厍琚"
            // Added with DEVELOPMENT_3: rare single surnames of the 百家姓 and regional ones.
            + "郦雎邴訾缑苌郄隗糜韶郇沃钭酆庹禚乜蹇宓郯";
    private static final List<String> COMPOUND = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "司徒",
            "夏侯", "令狐", "公孙", "南宫",
            // Added with DEVELOPMENT_3.
            "端木", "尉迟", "呼延", "长孙", "宇文", "澹台", "钟离", "闻人", "左丘", "拓跋", "赫连", "淳于", "闾丘", "子车",
            "微生", "梁丘", "乐正", "巫马", "公西", "漆雕", "东门", "羊舌", "段干", "司寇");
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯健俊帆帅旭宁龙林欢阳"
            + "晨雪琳晶婷倩颖佳欣怡子涵梓轩博思雨嘉一诺然泽瑞海波亮志春梅兵燕金成荣新德立永福生光天安家心小晓东语若彤昊宏"
            + "振达峰毅鑫琦璐薇婉儿娇凤菊莲兴旺贵喜自有长"
            // Added with DEVELOPMENT_3: characters of recent birth cohorts.
            + "霖昕瑾玥珂睿萱妍淑蕾晗桐骏熙铭皓";
    static final List<String> EN_FIRST = List.of("John", "Mary", "James", "Linda", "Michael", "Sarah", "David", "Emily",
            "Robert", "Jennifer", "Peter", "Anna", "Thomas", "Olivia", "Daniel", "Sophie", "Oscar", "Mateo", "Aisha", "Freya");
    static final List<String> EN_LAST = List.of("Smith", "O'Brien", "Johnson", "Williams", "Brown", "McDonald", "Garcia",
            "Miller", "Davis", "Wilson", "Taylor", "Anderson", "MacLeod", "Nguyen", "Schmidt", "Rossi", "Kowalski");
    private static final List<String> AREA = List.of("110101", "110105", "310104", "310115", "440305", "440106", "330106",
            "510107", "420102", "320102", "370202", "410105", "430104", "500103", "610113", "210102", "350203", "130102");
    static final List<String> PROVINCES = List.of("北京市", "上海市", "浙江省", "江苏省", "广东省", "四川省", "湖北省", "河南省",
            "山东省", "湖南省", "福建省", "广西壮族自治区", "重庆市", "陕西省", "辽宁省", "安徽省", "云南省", "内蒙古自治区");
    static final List<String> CITIES = List.of("杭州市", "南京市", "广州市", "深圳市", "成都市", "武汉市", "郑州市", "青岛市",
            "长沙市", "厦门市", "南宁市", "西安市", "沈阳市", "合肥市", "昆明市", "周口市", "绵阳市", "温州市", "包头市");
    static final List<String> DISTRICTS = List.of("朝阳区", "海淀区", "西湖区", "鼓楼区", "天河区", "南山区", "锦江区", "江岸区",
            "金水区", "市南区", "岳麓区", "思明区", "郸城县", "长兴县", "雁塔区", "和平区", "蜀山区", "五华区", "涪城区");
    private static final String STREET_CHARS = "文三解放人民中山建设和平长江黄河幸福光明胜利新华东风友谊青年团结振兴学院滨江";

    private final Random r;

    SyntheticValues(Random r) {
        this.r = r;
    }

    <T> T pick(List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    char pick(String s) {
        return s.charAt(r.nextInt(s.length()));
    }

    int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) ('0' + r.nextInt(10)));
        return b.toString();
    }

    String surname() {
        int k = r.nextInt(100);
        if (k < 10) return pick(COMPOUND);
        if (k < 12) return String.valueOf(pick(RARE_SURNAMES));
        return String.valueOf(pick(SURNAMES));
    }

    String chineseName() {
        String given = r.nextInt(100) < 30 ? String.valueOf(pick(GIVEN)) : "" + pick(GIVEN) + pick(GIVEN);
        return surname() + given;
    }

    /** The surname part of a generated Chinese name. */
    static String surnameOf(String name) {
        return COMPOUND.stream().filter(name::startsWith).findFirst().orElse(name.substring(0, 1));
    }

    // Pools first used by the FORMER_BLIND_2 templates (written while the rules were frozen).
    private static final List<String> MINORITY_PARTS = List.of("买买提", "艾力", "阿依古丽", "吐尔逊", "古丽娜尔", "艾合买提",
            "热依拉", "努尔", "白克力", "帕提古丽", "阿不都", "热合曼", "迪丽娜尔", "克里木", "巴特尔", "吾斯曼");
    private static final List<String> EN_FIRST_2 = List.of("Nadia", "Tobias", "Hugo", "Ines", "Felix", "Greta", "Rahul",
            "Yusuf", "Chiara", "Matteo", "Leila", "Bruno", "Ayumi", "Kwame", "Siobhan");
    private static final List<String> EN_LAST_2 = List.of("Okafor", "Lindqvist", "Moretti", "Haddad", "Fernandes",
            "Novak", "Kaur", "Osei", "Van Dijk", "Becker", "Yamada", "Petrova", "Fitzgerald", "Dubois");

    // Pools first used by DEVELOPMENT_3, before the rules were revised on it: given names absent from the rules' list.
    private static final List<String> EN_FIRST_3 = List.of("Marisol", "Tomasz", "Wiebke", "Oluwaseun", "Rania", "Callum",
            "Imogen", "Declan", "Saoirse", "Arvid", "Noemi", "Kenta", "Dariusz", "Esme", "Joaquin", "Priyanka");
    private static final List<String> EN_LAST_3 = List.of("Adeyemi", "Kovacs", "Lindgren", "Castellano", "Brennan",
            "Wojcik", "Takahashi", "Mbeki", "Horvath", "Quinlan", "Achterberg", "Sorensen", "Delacroix", "Okonkwo", "Varga");

    /** An English name from the DEVELOPMENT_3 pool. */
    String thirdEnglishName() {
        return pick(EN_FIRST_3) + " " + pick(EN_LAST_3);
    }

    /** A name of the form 买买提·艾力 (Uyghur and other minority names, transliterations). */
    String minorityName() {
        return pick(MINORITY_PARTS) + "·" + pick(MINORITY_PARTS);
    }

    /** An English name from a pool the rules were never written against. */
    String otherEnglishName() {
        return pick(EN_FIRST_2) + " " + pick(EN_LAST_2);
    }

    String englishName() {
        return pick(EN_FIRST) + " " + pick(EN_LAST);
    }

    String residentId() {
        String first17 = pick(AREA) + birth().replace("-", "") + digits(3);
        return first17 + Checksums.residentIdCheck(first17);
    }

    String legacyId() {
        return pick(AREA) + birth().replace("-", "").substring(2) + digits(3);
    }

    /** yyyy-MM-dd between 1930 and 2019. */
    String birth() {
        return String.format("%04d-%02d-%02d", between(1930, 2019), between(1, 12), between(1, 28));
    }

    String formatDate(String iso) {
        String[] p = iso.split("-");
        int m = Integer.parseInt(p[1]), d = Integer.parseInt(p[2]);
        return switch (r.nextInt(6)) {
            case 0 -> p[0] + "年" + m + "月" + d + "日";
            case 1 -> iso;
            case 2 -> p[0] + "/" + m + "/" + d;
            case 3 -> p[0] + "." + p[1] + "." + p[2];
            case 4 -> p[0] + p[1] + p[2];
            default -> p[0] + "年" + p[1] + "月" + p[2] + "日";
        };
    }

    String visitDate() {
        return formatDate(String.format("%04d-%02d-%02d", between(2019, 2026), between(1, 12), between(1, 28)));
    }

    String mobile() {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9);
        return switch (r.nextInt(6)) {
            case 0 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 1 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86-" + n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            default -> n;
        };
    }

    String landline() {
        String area = pick(List.of("010", "021", "020", "0571", "0755", "028", "0371", "0531"));
        String local = (char) ('2' + r.nextInt(7)) + digits(area.length() == 3 ? 7 : r.nextInt(2) == 0 ? 6 : 7);
        return switch (r.nextInt(3)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local;
            default -> area + "-" + local;
        };
    }

    String bankCard() {
        String body = pick(List.of("622202", "621700", "622848", "623058", "622588", "621483", "625965"))
                + digits(r.nextInt(2) == 0 ? 9 : 12);
        String n = body + luhnDigit(body);
        return r.nextInt(3) == 0 ? n.replaceAll("(\\d{4})(?=\\d)", "$1 ") : n;
    }

    /** The digit that makes {@code body} pass Luhn, for the test sets' bank cards. */
    static char luhnDigit(String body) {
        for (char c = '0'; c <= '9'; c++) {
            if (Checksums.luhn(body + c)) return c;
        }
        throw new IllegalStateException(body);
    }

    String recordNumber() {
        return switch (r.nextInt(4)) {
            case 0 -> "ZY" + digits(8);
            case 1 -> digits(between(7, 10));
            case 2 -> "MZ" + between(2019, 2026) + "-" + digits(6);
            default -> "H" + digits(8);
        };
    }

    String insuranceNumber() {
        return switch (r.nextInt(3)) {
            case 0 -> pick(List.of("K", "M", "YB")) + digits(9);
            case 1 -> digits(between(10, 12));
            default -> pick(AREA).substring(0, 4) + digits(8) + (char) ('A' + r.nextInt(26));
        };
    }

    String address(boolean withProvince) {
        StringBuilder b = new StringBuilder();
        if (withProvince) b.append(pick(PROVINCES));
        b.append(pick(CITIES)).append(pick(DISTRICTS));
        if (r.nextInt(4) == 0) {
            b.append(pick(STREET_CHARS)).append(pick(STREET_CHARS)).append(pick(List.of("镇", "乡", "街道")));
            if (r.nextBoolean()) return b.append(pick(STREET_CHARS)).append(pick(STREET_CHARS)).append("村")
                    .append(between(1, 12)).append("组").toString();
        }
        b.append(pick(STREET_CHARS)).append(pick(STREET_CHARS)).append(pick(List.of("路", "街", "大道", "巷")))
                .append(between(1, 999)).append("号");
        if (r.nextBoolean()) {
            b.append(pick(STREET_CHARS)).append(pick(List.of("小区", "花园", "家园", "苑")))
                    .append(between(1, 30)).append(r.nextBoolean() ? "栋" : "幢")
                    .append(between(1, 6)).append("单元").append(between(101, 2802)).append("室");
        }
        return b.toString();
    }
}
