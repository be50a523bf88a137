package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.yilian.agents.deid.TemplateGenre.EMAIL;
import static com.yilian.agents.deid.TemplateGenre.HL7;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the twenty-seventh blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says,
 * every pool name turns up (Vietnamese names in Latin script in each written form and in Chinese transliteration),
 * forms of address and titles label the surname only and a given name used alone the given name, OCR'd names broken by
 * a line break or blanks are one span, resident identity numbers (also with a lower-case x, or 6-8-4 by blanks or
 * hyphens) carry a valid GB 11643 check character and an area code of the group's prefectures, 15-digit numbers a
 * valid birth date and a code of their time, bank cards a valid Luhn digit, the phone (at home, spoken, Vietnamese),
 * record, insurance, address and birth-date forms (also Vietnamese and lunar) the group promises do occur, a child
 * known by a parent's name labels the parent, the decoys (genotypes, border passes, plates, containers, passports,
 * staff and lab numbers, hotlines, facilities, places, medicines, dishes, dialect words, words beginning with a pool
 * surname) stand in the text and are never labelled, the generator is deterministic by seed, no pool name stands
 * anywhere in the text outside a labelled span, the pools and their rare surnames are new, and most names carry the
 * Zhuang and regional surnames of the Guangxi border, as a patient list of the region would. No de-identifier is run
 * here: the group stays blind until it is measured once.
 */
class Blind27TemplatesTest {
    private static final List<String> T = Blind27Templates.BLIND_27;
    private static final long SEED = Blind27Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d \\d{4} \\d{4}", "\\(\\+86\\)1[3-9]\\d{9}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final String VN_MOBILE = "(9[0134678]|8[1468]|3[579]|7[07])";
    private static final List<String> VIETNAMESE_PHONES = List.of("\\+84 " + VN_MOBILE + "\\d \\d{3} \\d{3}",
            "\\+84 " + VN_MOBILE + "\\d{7}", "0" + VN_MOBILE + "\\d \\d{3} \\d{3}",
            "0" + VN_MOBILE + "\\d\\.\\d{3}\\.\\d{3}", "\\(\\+84\\) " + VN_MOBILE + "\\d-\\d{3}-\\d{3}");
    private static final List<String> LANDLINE_AREAS = List.of("0771", "0770", "0776", "0777", "0778", "0779");
    private static final String AREAS = "(" + String.join("|", LANDLINE_AREAS) + ")";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS + "\\)[2-8]\\d{6}",
            AREAS + " [2-8]\\d{2} \\d{4}", AREAS + "-[2-8]\\d{6}转\\d{3,4}",
            "\\+86 " + AREAS.replace("|0", "|").replace("(0", "(") + " [2-8]\\d{6}", AREAS + "-[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, VIETNAMESE_PHONES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String LUNAR_MONTH = "(正|二|三|四|五|六|七|八|九|十|冬|腊)月";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "号",
            "(19|20)\\d{6}", "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}", "\\d{2}-[A-Z]{3}-(19|20)\\d{2}",
            "[A-Z][a-z]{2,8} \\d{1,2}, (19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}", "\\d{2}-\\d{2}-(19|20)\\d{2}",
            "ngày \\d{1,2} tháng \\d{1,2} năm (19|20)\\d{2}", "农历(19|20)\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "(19|20)\\d{2}年农历" + LUNAR_MONTH + LUNAR_DAY);
    private static final String RECORD = "DN(1[6-9]|2[0-5])\\d{6}|MZ(1[6-9]|2[0-5])-\\d{6}|45\\d{15}"
            + "|FY20(1[6-9]|2[0-5])\\d{6}|KA-\\d{6}|BL\\d{7}";
    private static final String INSURANCE = "GXYB\\d{10}|GXJM\\d{10}|XNH45\\d{10}|GS20(1[6-9]|2[0-5])-\\d{6}";
    private static final String ADDRESS = "(广西壮族自治区)?(峒南市|南宁市|崇左市|百色市|防城港市|钦州市|北海市|河池市)"
            + "\\S*?(\\d+室|\\d+-\\d+-\\d+|\\d+号|\\d+房|村|屯|路|街|大道)";
    private static final String VIETNAMESE_ADDRESS = "(thôn|xóm) [^,]+, xã [^,]+, huyện [^,]+, tỉnh [^,]+"
            + "|số \\d+ đường Hùng Vương, phường Ka Long, thành phố Móng Cái, tỉnh Quảng Ninh"
            + "|khối \\d, thị trấn Đồng Đăng, huyện Cao Lộc, tỉnh Lạng Sơn"
            + "|(Thon|Xom) [A-Za-z ]+, Xa [A-Za-z ]+, Huyen [A-Za-z ]+, Tinh [A-Za-z ]+";
    private static final List<String> HONORIFICS = List.of("伯", "叔", "婶", "阿婆", "师傅", "医生", "主任", "老师",
            "书记", "场长", "厂长", "站长");
    /** The pool's surnames that no earlier blind group gave anyone. */
    private static final String RARE_SURNAMES = Blind27Templates.RARE_SURNAMES;
    /** The Zhuang surnames and the common ones of the Guangxi border (used by earlier groups too). */
    private static final String REGIONAL_SURNAMES = "韦覃黄农陆莫蒙卢潘梁李陈刘林";
    /** Mid-frequency surnames of the region. */
    private static final String MID_SURNAMES = "凌磨零闭岑赵黎麻宁";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "YN", "JN", "VC",
                "VN", "VG", "PS", "FS", "PG", "PK", "PY", "PO", "EG"));
        phi.put("DOBC", EntityKind.BIRTH_DATE);
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("DOBV", EntityKind.BIRTH_DATE);
        phi.put("DOBL", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        phi.put("MX", EntityKind.PHONE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("AV", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(26);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(140, 150).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "N", "NC", "NM", "MN", "YN", "JN",
                "VC", "VN", "VG", "PS", "FS", "PG", "PK", "PY", "PO", "E", "E2", "ES", "EG", "ID", "M", "MV", "MX", "L",
                "R", "I", "B", "A", "A0", "AV", "DOB", "DOBC", "DOBE", "DOBV", "DOBL", "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(19L, 24L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 5, HL7, 4, OCR, 9, VOICE, 15, WECHAT, 6, SMS, 9,
                EMAIL, 6));
        assertThat(T.stream().filter(t -> t.startsWith("[语音") && hasVietnamese(t)).count())
                .as("voice notes in Vietnamese").isGreaterThanOrEqualTo(2);
        assertThat(T.stream().filter(t -> t.startsWith("【") && hasVietnamese(t)).count()).as("SMS in Vietnamese")
                .isGreaterThanOrEqualTo(2);
        assertThat(T.stream().filter(Blind27TemplatesTest::hasVietnamese).count()).as("texts in Vietnamese")
                .isGreaterThanOrEqualTo(8);
    }

    /** Letters only Vietnamese writes: ơ, ư, đ and the vowels with a dot below, a hook above or a stacked mark. */
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
            "[ơưđĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");

    /** Whether the template's own text carries Vietnamese letters. */
    private static boolean hasVietnamese(String t) {
        return VIETNAMESE_LETTER.matcher(TemplateChecks.SLOT.matcher(t).replaceAll("")).find();
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind27Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind27TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(T, SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(T, SEED, PHI, PoolNameForms::surnameOf,
                PoolNameForms::addressedGivenName);
        assertThat(checked).isGreaterThan(30);
        assertThat(PoolNameForms.surnameOf("韦德寿")).isEqualTo("韦");
        assertThat(PoolNameForms.addressedGivenName("韦德寿")).isEqualTo("德寿");
        assertThat(PoolNameForms.addressedGivenName("覃妮")).isEqualTo("覃妮");
    }

    @Test
    void formsOfAddressStayOutsideTheSurnameSpan() {
        Pattern around = Pattern.compile("[老小阿]\\{(PS|FS|DS)}|护士长\\{DS}|\\{(PS|FS|DS)}("
                + String.join("|", HONORIFICS) + ")");
        int prefixed = 0, suffixed = 0;
        Set<String> honorificsSeen = new HashSet<>();
        for (String template : T) {
            if (!around.matcher(template).find()) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    String v = s.in(r.text());
                    boolean surname = Blind27Templates.chineseNames().stream()
                            .anyMatch(n -> PoolNameForms.surnameOf(n).equals(v));
                    if (!surname) continue;
                    char before = s.start() > 0 ? r.text().charAt(s.start() - 1) : ' ';
                    String after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).hasSize(1).doesNotContain("老", "小", "阿", "伯", "叔", "婶", "婆", "师",
                            "傅", "医", "生", "主", "任", "书", "记", "场", "厂", "站", "长");
                    if (before == '老' || before == '小' || before == '阿'
                            || r.text().startsWith("护士长", Math.max(0, s.start() - 3))) {
                        prefixed++;
                    }
                    for (String h : HONORIFICS) {
                        if (after.startsWith(h)) {
                            honorificsSeen.add(h);
                            suffixed++;
                            break;
                        }
                    }
                }
            }
        }
        assertThat(prefixed).as("老X, 小X, 阿X, 护士长X").isGreaterThan(20);
        assertThat(suffixed).as("X伯, X婶, X医生, X厂长 …").isGreaterThan(150);
        assertThat(honorificsSeen).as("every form of address is written").containsAll(HONORIFICS);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                        && Character.isLetter(c))) {
                    continue;
                }
                assertThat(Blind27Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{2,}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(10);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(10);
        assertThat(Blind27Templates.isScannedName("韦\n德寿")).isTrue();
        assertThat(Blind27Templates.isScannedName("韦 德 寿")).isTrue();
        assertThat(Blind27Templates.isScannedName("韦\u3000德\u3000寿")).isTrue();
        assertThat(Blind27Templates.isScannedName("韦德寿")).isFalse();
        assertThat(Blind27Templates.isScannedName("韦\n德")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(10);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind27TemplatesTest::checkIdentity,
                Blind27Templates.legacyAreaCodes(), v -> false);
        tally.checkEveryPromisedForm(250, 50);
        assertThat(tally.issuedIn("4514", "4521")).as("issued in Chongzuo and the former 南宁地区").isGreaterThan(30);
        assertThat(tally.issuedIn("4510", "4526")).as("issued in Baise").isGreaterThan(20);
        assertThat(tally.issuedIn("4505", "4506", "4507")).as("issued in Beihai, Fangchenggang and Qinzhou")
                .isGreaterThan(40);
        assertThat(tally.issuedIn("4512", "4527")).as("issued in Hechi").isGreaterThan(15);
        IdentifierTally.checkTheChecksReject("452101", "45148119631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken one", List.of("幺.*", "一.*"), phones);
        assertThat(phones).as("a spoken number says the one one way").noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("record form", List.of("DN\\d+", "MZ\\d\\d-.*", "45\\d{15}", "FY.*",
                "KA-.*", "BL.*"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("GXYB.*", "GXJM.*", "XNH.*", "GS.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*号楼\\d单元\\d+室", ".*[园村苑区都]\\d+-\\d-\\d+",
                ".*职工宿舍\\d栋\\d+房", ".*生活区\\d+栋\\d+号", ".*村[^村]+屯\\d+号", ".*屯", ".*村[一二三四五六七八九]组\\d+号",
                ".*村\\d+组\\d+号", ".*瑶族乡六岭村.*屯.*", ".*瑶族自治县.*", ".*江平镇(巫头|万尾|山心)村.*", ".*村",
                ".*(路|街|大道)", "广西壮族自治区.*", "峒南市.*", "南宁市.*", "崇左市.*", "百色市.*", "防城港市.*", "钦州市.*",
                "北海市.*", "河池市.*", "thôn .*tỉnh Lạng Sơn", "xóm .*tỉnh Cao Bằng", "số .*Móng Cái.*", "khối .*Đồng Đăng.*",
                "Thon .*Tinh Lang Son", "Xom .*Tinh Cao Bang"), values.get(EntityKind.ADDRESS));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("lunar months", List.of(".*农历.*正月.*", ".*农历.*冬月.*", ".*农历.*腊月.*",
                ".*初十", ".*二十", ".*廿\\S", ".*三十"), values.get(EntityKind.BIRTH_DATE));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Genotypes and haemoglobin values.
                "--SEA/αα", "--SEA/αCSα", "-α4.2/αα", "αα/αα", "βCD41-42/βN", "βIVS-II-654/βN", "βCD17/βCD41-42",
                "Hb Bart's", "Hb 78g/L", "Hb 62g/L", "MCV 68fL", "G6PD活性1.2U/gHb", "NS1抗原阳性",
                // Border passes, plates, boats, containers, passports, staff, specimen and message numbers, hotlines.
                "BMZ-0387216", "BMZ-0412093", "桂L 7H306", "桂F·3K721", "12C-038.71", "桂防渔80312",
                "MSKU7043885", "C3871264", "B2716493", "工号TN0317", "TN0412", "标本号S2406120387", "HJ0612",
                "HB20240612", "MSG24612", "热线12393", "1900 9095", "MV Gulf Pearl", "CAT评分22分", "2980g", "38.6℃",
                // Facilities, companies and places alone.
                "峒南市妇幼保健院", "板隆县人民医院", "那岜边民互市点", "那岜镇卫生院", "岜山瑶族乡卫生院", "那隆糖厂职工医务室",
                "白浪港口岸门诊部", "弄寿村长寿颐养院", "峒南医学院附属医院", "峒南市医疗保障局", "峒南糖业集团人力资源部",
                "板隆锰矿井下", "Dongnan Medical College Hospital", "Bệnh viện Đông Nam", "Trạm y tế Na Ba",
                "chợ biên giới Na Ba", "Naba", "东兴口岸", "谅山", "岜山后山", "上六岭村", "非洲",
                // Zhuang and Yao medicine, dishes, drugs and poisons.
                "药线点灸", "鸡骨草", "两面针", "七十二风", "十八钻", "过山风", "大钻", "小钻", "火麻汤", "五色糯米饭", "粽粑",
                "螺蛳粉", "酸嘢", "柠檬鸭", "米粉", "玉米粥", "蚕豆", "樟脑丸", "敌敌畏", "百草枯", "草甘膦", "苄星青霉素",
                // Dialect words.
                "琴日", "老豆", "点算好", "攞", "细路仔", "走不得", "来得不", "开先", "改一下先", "老表", "而家", "劳动", "腰肌劳损",
                // Words beginning with one of the pool's surnames.
                "银环蛇", "银行", "农药", "黄疸", "凌晨", "莫名", "麻醉", "零食", "闭经", "蒙脱石散", "李子", "林区",
                "宁可", "磨损"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        Set<String> vietnamese = new HashSet<>();
        Set<Integer> vietnameseForms = new HashSet<>();
        Set<Integer> pinyinForms = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            TemplateChecks.checkSpans(r, Blind27TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind27Templates.fullNameOf(value) != null) labelledNames.add(Blind27Templates.fullNameOf(value));
                String py = Blind27Templates.pinyinOf(value), vn = Blind27Templates.vietnameseOf(value);
                if (py != null) {
                    pinyin.add(py);
                    pinyinForms.add(Blind27Templates.pinyinForms(py).indexOf(value));
                }
                if (vn != null) {
                    vietnamese.add(vn);
                    vietnameseForms.add(Blind27Templates.vietnameseForms(vn).indexOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind27Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind27Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind27Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind27Templates.englishNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind27Templates.pinyinNames());
        assertThat(vietnamese).as("every Vietnamese name is drawn in Latin script")
                .containsAll(Blind27Templates.vietnameseNames());
        assertThat(vietnameseForms).as("Vietnamese names in each written form").containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(pinyinForms).as("pinyin names in each written form").containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(labelledValues).as("Vietnamese given names used alone (VG)").anyMatch(v -> !v.contains(" ")
                && Blind27Templates.vietnameseNames().stream().anyMatch(n -> Blind27Templates.givenOfVietnamese(n)
                .equals(v)));
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind27Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind27Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind27Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind27Templates.WORD_LIKE);
        assertThat(labelledValues).as("Yao names").containsAnyElementsOf(Blind27Templates.yaoNames());
        assertThat(labelledValues).as("Jing names").containsAnyElementsOf(Blind27Templates.jingNames());
    }

    @Test
    void vietnameseNamesAreWrittenWithAndWithoutDiacritics() {
        assertThat(Blind27Templates.unaccented("Nguyễn Thị Hồng Nhung")).isEqualTo("Nguyen Thi Hong Nhung");
        assertThat(Blind27Templates.unaccented("Đặng Văn Hiếu")).isEqualTo("Dang Van Hieu");
        assertThat(Blind27Templates.vietnameseForms("Đỗ Văn Toàn|杜文全"))
                .containsExactly("Đỗ Văn Toàn", "Do Van Toan", "DO VAN TOAN", "ĐỖ VĂN TOÀN");
        assertThat(Blind27Templates.vietnameseNames()).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates()
                .allMatch(v -> !Blind27Templates.unaccented(v).equals(v), "carries diacritics")
                .allMatch(v -> v.split("\\|")[1].codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind27Templates.latinWritten().toList()).doesNotHaveDuplicates();
        assertThat(Blind27Templates.vietnameseNames().stream().map(v -> v.split("\\|")[1]).toList())
                .as("transliterations belong to the minority pool").isSubsetOf(Blind27Templates.minorityNames());
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind27Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind27Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind27Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind27Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of the region: the Zhuang and common regional surnames dominate, the mid-frequency ones
        // carry a good share, the rare ones are a minority.
        long regional = chinese.stream().filter(n -> REGIONAL_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long mid = chinese.stream().filter(n -> MID_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long zhuang = chinese.stream().filter(n -> "韦覃农蒙".indexOf(n.charAt(0)) >= 0).count();
        assertThat(regional * 10).as("the region's common surnames carry six tenths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 6L);
        assertThat((regional + mid) * 10).as("regional and mid-frequency surnames carry eight tenths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 8L);
        assertThat(mid * 10).as("mid-frequency surnames carry a tenth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(zhuang * 5).as("韦, 覃, 农 and 蒙 carry a fifth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size());
        assertThat(Blind27Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind27Templates.yaoNames()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind27Templates.jingNames()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Blind27Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind27Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        assertThat(Blind27Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind27Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        assertThat(Blind27Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(26);
        List<String> minority = Blind27Templates.minorityNames();
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, minority,
                Blind27Templates.englishSurnames().toList(), Blind27Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        List<String> generable = new ArrayList<>();
        for (String n : minority) {
            if (TemplateChecks.syntheticValuesCanGenerate(n)) generable.add(n);
        }
        assertThat(generable).as("minority names SyntheticValues can generate as Chinese names").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no Han name of these pools is one.
        Set<String> olderStrings = OlderGroups.strings(OLDER);
        assertThat(Stream.of(chinese, minority, Blind27Templates.nicknames()).flatMap(List::stream))
                .as("Han names an older group already has").noneMatch(olderStrings::contains);
        Set<String> olderHan = new HashSet<>();
        Set<String> olderLatin = new HashSet<>();
        for (Class<?> c : OLDER) {
            olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
            for (String n : TemplateChecks.list(c, "ENGLISH")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        assertThat(olderHan).as("older names with this group's rare surnames")
                .noneMatch(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0);
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(26);
        assertThat(Blind27Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        for (Class<?> c : List.of(Blind5Templates.class, Blind6Templates.class, Blind15Templates.class)) {
            for (String n : TemplateChecks.list(c, "PINYIN")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : TemplateChecks.list(Blind16Templates.class, "ROMANISED")) {
            olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : TemplateChecks.list(Blind23Templates.class, "STAFF")) {
            olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (List<String> names : List.of(Blind17Templates.pinyinNames(), Blind18Templates.pinyinNames(),
                Blind21Templates.pinyinNames(), Blind22Templates.pinyinNames(), Blind23Templates.pinyinNames(),
                Blind24Templates.pinyinNames(), Blind25Templates.pinyinNames(), Blind26Templates.pinyinNames())) {
            for (String n : names) olderLatin.add(TemplateChecks.pinyinKey(n));
        }
        for (String n : Blind19Templates.pinyinNames()) {
            olderLatin.add(TemplateChecks.pinyinKey(Blind19Templates.toneless(n)));
        }
        for (String n : Blind20Templates.pinyinNames()) {
            olderLatin.add(TemplateChecks.pinyinKey(Blind20Templates.toneless(n)));
        }
        for (String n : Blind24Templates.hokkienNames()) olderLatin.add(TemplateChecks.latinPairKey(n.replace(" ", "")));
        for (String n : Blind24Templates.wadeGilesNames()) {
            olderLatin.add(TemplateChecks.latinPairKey(n.replace(" ", "")));
        }
        Stream.concat(Blind25Templates.koreanNames().stream(), Blind25Templates.japaneseNames().stream())
                .map(k -> k.split("\\|")).forEach(p -> olderLatin.add(TemplateChecks.latinPairKey(p[2] + "|" + p[3])));
        Blind26Templates.nationals().stream().map(n -> n.split("\\|"))
                .forEach(p -> olderLatin.add(TemplateChecks.latinPairKey(p[2] + "|" + p[3])));
        assertThat(Blind27Templates.pinyinNames().stream().map(TemplateChecks::pinyinKey))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
        // Vietnamese names: none, unaccented and in either order, is a name any older list keeps.
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(latinKey(p[1] + " " + p[0]));
        }
        assertThat(Blind27Templates.vietnameseNames().stream().map(v -> latinKey(v.split("\\|")[0])))
                .as("Vietnamese names that are not new").noneMatch(olderKeys::contains);
        assertThat(Blind27Templates.areaCodes()).as("Chongzuo and former 南宁地区 area codes")
                .filteredOn(a -> a.matches("45(14|21)\\d{2}")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind27Templates.areaCodes()).as("Baise area codes")
                .filteredOn(a -> a.matches("45(10|26)\\d{2}")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Blind27Templates.areaCodes()).as("Beihai, Fangchenggang and Qinzhou area codes")
                .filteredOn(a -> a.matches("450[567]\\d{2}")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind27Templates.areaCodes()).as("Nanning and Hechi area codes")
                .filteredOn(a -> a.matches("4501\\d{2}|45(12|27)\\d{2}")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(Blind27Templates.areaCodes()).as("Guangxi codes only").allMatch(a -> a.matches("45\\d{4}"))
                .doesNotHaveDuplicates();
        assertThat(Blind27Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(
                Blind27Templates.areaCodes()).noneMatch(a -> a.matches("4514\\d{2}|4512\\d{2}|4510\\d{2}|450110"));
    }

    /** Lower case, unaccented, single blanks: the same for Nguyễn Thị Mai and NGUYEN THI MAI. */
    private static String latinKey(String s) {
        return Blind27Templates.unaccented(s).toLowerCase().replaceAll("[^a-z]+", " ").strip();
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and minority names, nicknames, English
     * names, the Vietnamese and pinyin names as written, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind27Templates.chineseNames().stream(), Blind27Templates.minorityNames().stream(),
                        Blind27Templates.nicknames().stream(), Blind27Templates.englishNames(),
                        Blind27Templates.latinWritten(),
                        Blind27Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind27Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind27Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind27Templates.isPoolName(value)).as("name from the BLIND_27 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> {
                if (value.codePoints().anyMatch(TemplateChecks::isLatin)) {
                    assertThat(value).matches(VIETNAMESE_ADDRESS);
                } else {
                    assertThat(value).doesNotContain(" ").matches(ADDRESS);
                }
            }
        }
    }
}
