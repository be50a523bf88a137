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
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Well-formedness of the twenty-sixth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says,
 * every pool name turns up (Mongolian names also in the Mongolian script, Mongolian nationals in Cyrillic and romanised,
 * in each written form), forms of address and titles label the surname only and a given name used alone the given
 * name, OCR'd names broken by a line break or blanks are one span, resident identity numbers (also with a lower-case x,
 * or 6-8-4 by blanks or hyphens) carry a valid GB 11643 check character and an area code of the group's regions,
 * 15-digit numbers a valid birth date and a code of their time, bank cards a valid Luhn digit, the phone (at home,
 * spoken, in Mongolia), record, insurance, address and birth-date forms the group promises do occur, a child known by
 * a parent's name labels the parent, the decoys stand in the text and are never labelled, the generator is
 * deterministic by seed, no pool name stands anywhere in the text outside a labelled span, the pools, their rare
 * surnames and compound surnames are new, and most names carry the common surnames and those of the Jin–Shaan–Meng
 * border, as a patient list of the region would. No de-identifier is run here: the group stays blind until it is
 * measured once.
 */
class Blind26TemplatesTest {
    private static final List<String> T = Blind26Templates.BLIND_26;
    private static final long SEED = Blind26Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}", "\\+86 1[3-9]\\d \\d{4} \\d{4}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> MONGOLIAN_PHONES = List.of("\\+976 [89]\\d{3} \\d{4}", "\\+976 [89]\\d{7}",
            "\\+976-[89]\\d{3}-\\d{4}", "\\(\\+976\\) [89]\\d{3}-\\d{4}");
    private static final List<String> LANDLINE_AREAS = List.of("0471", "0472", "0477", "0478", "0912", "0911", "0352",
            "0349", "0350", "0358");
    private static final String AREAS = "(" + String.join("|", LANDLINE_AREAS) + ")";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS + "\\)[2-8]\\d{6}",
            AREAS + " [2-8]\\d{2} \\d{4}", AREAS + "-[2-8]\\d{6}转\\d{3,4}",
            "\\+86 " + AREAS.replace("|0", "|").replace("(0", "(") + " [2-8]\\d{6}", AREAS + "-[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, MONGOLIAN_PHONES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY,
            "(19|20)\\d{6}", "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}", "\\d{2}-[A-Z]{3}-(19|20)\\d{2}",
            "[A-Z][a-z]{2,8} \\d{1,2}, (19|20)\\d{2}", "(19|20)\\d{2}\\.\\d{2}\\.\\d{2}",
            "(19|20)\\d{2} оны \\d{1,2}-р сарын \\d{1,2}", "(19|20)\\d{2} оны [а-яёөү ]+дугаар сарын \\d{1,2}",
            "(19|20)\\d{2} оны [а-яёөү ]+дүгээр сарын \\d{1,2}");
    private static final String RECORD = "ZY(1[6-9]|2[0-5])\\d{6}|MZ\\d{8}|(15|61|14|64|62)\\d{15}"
            + "|ZYJK-20(1[6-9]|2[0-5])-\\d{5}|MY\\d{7}|KY-\\d{6}";
    private static final String INSURANCE = "NMYB\\d{10}|SNJM\\d{10}|SXYB\\d{10}|GSBX20(1[6-9]|2[0-5])\\d{6}"
            + "|XNH(15|61|14)\\d{10}";
    private static final String ADDRESS = "(内蒙古自治区|陕西省|山西省)?(沙套市|包头市|鄂尔多斯市|榆林市|延安市|朔州市"
            + "|大同市|忻州市)\\S*?(\\d+室|\\d+-\\d+-\\d+|\\d+号|村|组|嘎查|牧点|路|街|大道)";
    private static final String CYRILLIC_ADDRESS = "Улаанбаатар хот, (Баянзүрх|Сүхбаатар) дүүрэг, \\d+-р хороо, "
            + "\\d+-р байр, \\d+ тоот|Өмнөговь аймаг, Цогтцэций сум, \\d-р баг"
            + "|Дорноговь аймаг, Замын-Үүд сум, \\d-р баг, \\d+-р байр, \\d+ тоот";
    private static final String LATIN_ADDRESS = "Apt \\d+, Bldg \\d+, Khoroo \\d+, (Bayanzurkh District, Ulaanbaatar 13"
            + "|Sukhbaatar District, Ulaanbaatar 14)\\d{3}|Bag \\d, Tsogttsetsii Soum, Umnugovi Aimag";
    private static final List<String> HONORIFICS = List.of("大爷", "奶奶", "婶", "老汉", "师傅", "大夫", "医生", "主任",
            "老师", "书记", "矿长", "队长");
    /** The pool's surnames that no earlier blind group gave anyone. */
    private static final String RARE_SURNAMES = Blind26Templates.RARE_SURNAMES;
    /** Surnames the Jin–Shaan–Meng border is known for (used by earlier groups too, but beyond the top four). */
    private static final String REGIONAL_SURNAMES = "郝闫武牛贾霍薛郭温乔常白高马";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "MG", "MS", "CY",
                "MR", "PS", "FS", "PG", "PK", "PY", "PO", "EG"));
        phi.put("DOBC", EntityKind.BIRTH_DATE);
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("DOBM", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        phi.put("MX", EntityKind.PHONE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("AO", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(25);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(140, 150).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "N", "NC", "NM", "MN", "MG", "MS",
                "CY", "MR", "PS", "FS", "PG", "PK", "PY", "PO", "E", "E2", "ES", "EG", "ID", "M", "MV", "MX", "L", "R",
                "I", "B", "A", "A0", "AO", "DOB", "DOBC", "DOBE", "DOBM", "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(19L, 24L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 5, HL7, 4, OCR, 9, WECHAT, 6, SMS, 9, EMAIL, 6));
        assertThat(T.stream().filter(t -> t.startsWith("[语音")).count()).as("dialect voice notes")
                .isGreaterThanOrEqualTo(15);
        assertThat(T.stream().filter(t -> hasScript(t, Character.UnicodeScript.MONGOLIAN)).count())
                .as("texts in the Mongolian script").isGreaterThanOrEqualTo(3);
        assertThat(T.stream().filter(t -> hasScript(t, Character.UnicodeScript.CYRILLIC)).count())
                .as("texts in Mongolian Cyrillic").isGreaterThanOrEqualTo(3);
    }

    private static boolean hasScript(String t, Character.UnicodeScript script) {
        return TemplateChecks.SLOT.matcher(t).replaceAll("").codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind26Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind26TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(T, SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(T, SEED, PHI, Blind26Templates::surnameOf,
                Blind26Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(30);
        assertThat(Blind26Templates.surnameOf("贺兰雁冰")).isEqualTo("贺兰");
        assertThat(Blind26Templates.surnameOf("尔朱婉清")).isEqualTo("尔朱");
        assertThat(Blind26Templates.surnameOf("郝银锁")).isEqualTo("郝");
        assertThat(Blind26Templates.addressedGivenName("郝银锁")).isEqualTo("银锁");
        assertThat(Blind26Templates.addressedGivenName("尔朱文焕")).isEqualTo("文焕");
        assertThat(Blind26Templates.addressedGivenName("霍岩")).isEqualTo("霍岩");
    }

    @Test
    void formsOfAddressStayOutsideTheSurnameSpan() {
        Pattern around = Pattern.compile("[老小]\\{(PS|FS|DS)}|护士长\\{DS}|\\{(PS|FS|DS)}("
                + String.join("|", HONORIFICS) + ")");
        int prefixed = 0, suffixed = 0;
        Set<String> honorificsSeen = new HashSet<>();
        for (String template : T) {
            if (!around.matcher(template).find()) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    String v = s.in(r.text());
                    boolean surname = Blind26Templates.chineseNames().stream()
                            .anyMatch(n -> Blind26Templates.surnameOf(n).equals(v));
                    if (!surname) continue;
                    char before = s.start() > 0 ? r.text().charAt(s.start() - 1) : ' ';
                    String after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotContain("老", "小", "大", "爷", "奶", "婶", "汉", "师", "傅", "夫",
                            "医", "生", "主", "任", "书", "记", "矿", "队", "长");
                    if (before == '老' || before == '小' || r.text().startsWith("护士长", Math.max(0, s.start() - 3))) {
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
        assertThat(prefixed).as("老X, 小X, 护士长X").isGreaterThan(20);
        assertThat(suffixed).as("X大夫, X老汉, X矿长 …").isGreaterThan(150);
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
                assertThat(Blind26Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S+ \\S+") && v.length() > 3) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(10);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(10);
        assertThat(Blind26Templates.isScannedName("郝\n银锁")).isTrue();
        assertThat(Blind26Templates.isScannedName("贺兰 雁冰")).isTrue();
        assertThat(Blind26Templates.isScannedName("郝\u3000银\u3000锁")).isTrue();
        assertThat(Blind26Templates.isScannedName("郝银锁")).isFalse();
        assertThat(Blind26Templates.isScannedName("郝\n银")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(10);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind26TemplatesTest::checkIdentity,
                Blind26Templates.legacyAreaCodes(), v -> false);
        tally.checkEveryPromisedForm(250, 50);
        assertThat(tally.issuedIn("15")).as("issued in Inner Mongolia").isGreaterThan(50);
        assertThat(tally.issuedIn("61")).as("issued in Yulin and Yan'an").isGreaterThan(30);
        assertThat(tally.issuedIn("14")).as("issued in northern Shanxi").isGreaterThan(30);
        IdentifierTally.checkTheChecksReject("150203", "15020319631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken one", List.of("幺.*", "一.*"), phones);
        assertThat(phones).as("a spoken number says the one one way").noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("record form", List.of("ZY\\d+", "MZ.*", "(15|61|14)\\d{15}", "ZYJK-.*",
                "MY.*", "KY-.*"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("NMYB.*", "SNJM.*", "SXYB.*", "GSBX.*", "XNH.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*号楼\\d单元\\d+室", ".*[园区苑院城]\\d+-\\d-\\d+",
                ".*单身公寓\\d号楼\\d+室", ".*生活区\\d+排\\d+号", ".*村\\d+号", ".*村[一二三四五六七八九]组",
                ".*村\\d+组\\d+号", ".*嘎查\\d组", ".*嘎查第\\d+牧点", ".*村", ".*嘎查", ".*(路|街|大道)", "内蒙古自治区.*",
                "陕西省.*", "山西省.*", "沙套市.*", "包头市.*", "鄂尔多斯市.*", "榆林市.*", "延安市.*", "朔州市.*", "大同市.*",
                "忻州市.*", "Улаанбаатар хот, Баянзүрх.*", "Улаанбаатар хот, Сүхбаатар.*", "Өмнөговь.*", "Дорноговь.*",
                "Apt .*Ulaanbaatar 13\\d{3}", "Apt .*Ulaanbaatar 14\\d{3}", "Bag .*Umnugovi Aimag"),
                values.get(EntityKind.ADDRESS));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                values.get(EntityKind.BIRTH_DATE));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of("12305综采工作面", "红石峁煤矿3号井",
                "shaft No.3", "3-1煤", "2-2煤层", "蒙K·7A312", "陕K 58G21", "晋F 3H721", "7712 УБА", "E0843127",
                "工号KG0317", "KG0412", "化验单号20240612", "MSG24612", "沙人社工伤认字〔2024〕第0612号", "109国道",
                "热线12393", "COHb 32%", "50dB", "CAT评分22分", "试管凝集1:200", "3150g", "0.6只/公顷", "210公里",
                "85公里", "沙套煤业集团职工医院", "红石峁煤矿医务室", "沙套能源化工有限公司", "沙套医学院附属医院",
                "沙套市蒙医医院", "杭盖旗人民医院", "杭盖旗草原流动医院", "希日塔拉苏木卫生院", "黄圪崂镇卫生院",
                "沙套物流园司机之家卫生服务站", "杭盖旗疾控中心鼠疫监测点", "沙套市职业病防治院", "乌兰牧骑",
                "Shatao Medical College Hospital", "Gobi Coal Transport", "Hongshimao Coal Mine", "Shatao Coal Group",
                "Ganqimaodu", "乌兰巴托", "去查干淖尔嘎查", "蒙古国", "额尔敦-乌日勒", "扎冲-13", "阿嘎日-35", "如达-6",
                "嘎日迪-5", "萨丽嘎日迪", "苏格木勒-3", "赫依", "巴达干", "五味甘露", "油糕", "莜面", "手把肉", "羊杂碎",
                "炒米", "奶茶", "烧酒", "旱獭", "夜儿个", "后生", "婆姨", "老汉", "娃娃", "额是", "额大", "咋", "做甚",
                "圪蹴", "圪梁梁", "难活", "恓惶", "嫑", "跑大车", "包括", "包虫病", "白天", "白细胞", "白毛风", "马上",
                "牛羊", "常规", "温度", "霍乱", "折叠", "介绍", "陈旧性", "雷管", "高压氧舱", "康复", "longwall"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        Set<String> cyrillic = new HashSet<>();
        Set<String> romanised = new HashSet<>();
        Set<Integer> cyrillicForms = new HashSet<>();
        Set<Integer> romanisedForms = new HashSet<>();
        Set<Integer> pinyinForms = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            TemplateChecks.checkSpans(r, Blind26TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind26Templates.fullNameOf(value) != null) labelledNames.add(Blind26Templates.fullNameOf(value));
                String py = Blind26Templates.pinyinOf(value), national = Blind26Templates.nationalOf(value);
                if (py != null) {
                    pinyin.add(py);
                    pinyinForms.add(Blind26Templates.pinyinForms(py).indexOf(value));
                }
                if (national != null && Blind26Templates.cyrillicForms(national).contains(value)) {
                    cyrillic.add(national);
                    cyrillicForms.add(Blind26Templates.cyrillicForms(national).indexOf(value));
                } else if (national != null) {
                    romanised.add(national);
                    romanisedForms.add(Blind26Templates.romanisedForms(national).indexOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind26Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind26Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind26Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind26Templates.englishNames().toList());
        assertThat(labelledValues).as("every Mongolian name in the Mongolian script is drawn")
                .containsAll(Blind26Templates.scriptNames());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind26Templates.pinyinNames());
        assertThat(cyrillic).as("every national is drawn in Cyrillic").containsAll(Blind26Templates.nationals());
        assertThat(romanised).as("every national is drawn romanised").containsAll(Blind26Templates.nationals());
        assertThat(cyrillicForms).as("Cyrillic names in each written form").containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(romanisedForms).as("romanised names in each written form").containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(pinyinForms).as("pinyin names in each written form").containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind26Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind26Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind26Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind26Templates.compoundSurnames());
        assertThat(labelledValues).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind26Templates.WORD_LIKE);
        assertThat(labelledValues).as("Daur and Ewenki names with the clan name")
                .anyMatch(v -> v.contains("·") && Blind26Templates.minorityNames().contains(v));
    }

    @Test
    void mongolianScriptAndCyrillicNamesAreWrittenInTheirScripts() {
        assertThat(Blind26Templates.script("altan")).isEqualTo("\u1820\u182F\u1832\u1820\u1828");
        assertThat(Blind26Templates.script("čečeg")).isEqualTo("\u1834\u1821\u1834\u1821\u182D");
        assertThat(Blind26Templates.script("möŋke")).isEqualTo("\u182E\u1825\u1829\u182C\u1821");
        assertThatThrownBy(() -> Blind26Templates.script("bat-erdene")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Blind26Templates.scriptNames()).hasSameSizeAs(Blind26Templates.mongolNames()).doesNotHaveDuplicates()
                .allMatch(n -> n.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.MONGOLIAN));
        assertThat(Blind26Templates.cyrillicWritten().toList()).doesNotHaveDuplicates()
                .allMatch(n -> n.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.CYRILLIC || c == ' ' || c == '.' || c == '-'));
        assertThat(Blind26Templates.latinWritten().toList()).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[A-Za-z ./-]+"));
        assertThat(Blind26Templates.cyrillicForms("Доржийн|Бат-Эрдэнэ|Dorj|Bat-Erdene"))
                .containsExactly("Д. Бат-Эрдэнэ", "Д.Бат-Эрдэнэ", "Доржийн Бат-Эрдэнэ", "Бат-Эрдэнэ");
        assertThat(Blind26Templates.romanisedForms("Доржийн|Бат-Эрдэнэ|Dorj|Bat-Erdene"))
                .containsExactly("Bat-Erdene D.", "D. Bat-Erdene", "DORJ BAT-ERDENE", "Bat-Erdene Dorj");
        int script = 0, cyrillic = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.MONGOLIAN)) {
                    assertThat(Blind26Templates.mongolOfScript(v)).as(v).isNotNull();
                    script++;
                }
                if (s.kind() == EntityKind.NAME && v.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
                    assertThat(Blind26Templates.nationalOf(v)).as(v).isNotNull();
                    cyrillic++;
                }
            }
        }
        assertThat(script).as("names in the Mongolian script").isGreaterThan(200);
        assertThat(cyrillic).as("names in Cyrillic").isGreaterThan(300);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind26Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind26Templates.compoundSurnames()).as("every compound surname has a name")
                .allMatch(c -> chinese.stream().anyMatch(n -> n.startsWith(c)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind26Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind26Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind26Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of the region: the common surnames dominate, the region's own ones carry a good share,
        // rare and compound ones are a minority.
        String common = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES");
        long commonSurnames = chinese.stream()
                .filter(n -> !Blind26Templates.compoundSurnames().contains(Blind26Templates.surnameOf(n))
                        && common.indexOf(n.charAt(0)) >= 0)
                .count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0
                || Blind26Templates.compoundSurnames().contains(Blind26Templates.surnameOf(n))).count();
        long topFour = chinese.stream().filter(n -> "王张李刘".indexOf(n.charAt(0)) >= 0).count();
        long regional = chinese.stream().filter(n -> REGIONAL_SURNAMES.indexOf(n.charAt(0)) >= 0
                && !Blind26Templates.compoundSurnames().contains(Blind26Templates.surnameOf(n))).count();
        assertThat(commonSurnames * 10).as("names with common surnames").isGreaterThanOrEqualTo(chinese.size() * 8L);
        assertThat(topFour * 5).as("王, 张, 李 and 刘 carry a fifth of the names or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(regional * 10).as("the region's surnames carry four tenths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 4L);
        assertThat(rare * 10).as("rare and compound surnames are a minority").isLessThanOrEqualTo(chinese.size());
        assertThat(Blind26Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind26Templates.mongolNames()).as("Mongolian names belong to the minority pool")
                .hasSizeGreaterThanOrEqualTo(30).isSubsetOf(Blind26Templates.minorityNames());
        assertThat(Blind26Templates.mongolNames()).as("Mongolian names with an adopted Chinese surname")
                .filteredOn(n -> "包白鲍韩吴奇".indexOf(n.charAt(0)) >= 0 && n.length() <= 4).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Blind26Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind26Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        assertThat(Blind26Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind26Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        assertThat(Blind26Templates.nationals()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind26Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(25);
        List<String> givenNames = Blind26Templates.englishGivenNames().toList();
        List<String> minority = Blind26Templates.minorityNames();
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, minority,
                Blind26Templates.englishSurnames().toList(), givenNames))
                .as("names that are not new").isEmpty();
        List<String> generable = new ArrayList<>();
        for (String n : minority) {
            if (TemplateChecks.syntheticValuesCanGenerate(n)) generable.add(n);
        }
        assertThat(generable).as("minority names SyntheticValues can generate as Chinese names").isEmpty();
        Set<String> olderChinese = new HashSet<>();
        Set<String> olderLatin = new HashSet<>();
        Set<String> olderCompounds = new HashSet<>(TemplateChecks.list(SyntheticValues.class, "COMPOUND"));
        List<String> olderHan = new ArrayList<>();
        for (Class<?> c : OLDER) {
            olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
            olderChinese.addAll(TemplateChecks.list(c, "CHINESE"));
            olderChinese.addAll(TemplateChecks.list(c, "MINORITY"));
            for (String n : TemplateChecks.list(c, "ENGLISH")) olderLatin.add(TemplateChecks.latinPairKey(n));
            try {
                olderCompounds.addAll(TemplateChecks.list(c, "COMPOUND_SURNAMES"));
            } catch (NoSuchFieldException e) {
                // this group wrote no compound surnames of its own
            }
        }
        assertThat(Blind26Templates.compoundSurnames()).as("compound surnames that are not new")
                .noneMatch(olderCompounds::contains);
        assertThat(olderHan).as("older names with this group's rare surnames")
                .noneMatch(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0
                        || Blind26Templates.compoundSurnames().stream().anyMatch(n::startsWith));
        String svSurnames = common + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(Blind26Templates::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        olderChinese.addAll(OlderGroups.nicknamesUpTo(25));
        assertThat(Blind26Templates.nicknames()).as("nicknames that are not new").noneMatch(olderChinese::contains);
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
                Blind24Templates.pinyinNames(), Blind25Templates.pinyinNames())) {
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
        assertThat(Blind26Templates.pinyinNames().stream().map(TemplateChecks::pinyinKey))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
        assertThat(Blind26Templates.nationals().stream().map(n -> n.split("\\|"))
                .map(p -> TemplateChecks.latinPairKey(p[2] + "|" + p[3])))
                .as("romanised Mongolian names that are not new").noneMatch(olderLatin::contains);
        assertThat(Blind26Templates.areaCodes()).as("Inner Mongolian area codes")
                .filteredOn(a -> a.startsWith("15")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Blind26Templates.areaCodes()).as("Yulin and Yan'an area codes")
                .filteredOn(a -> a.startsWith("6108") || a.startsWith("6127") || a.startsWith("6106"))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind26Templates.areaCodes()).as("Datong, Shuozhou, Xinzhou and Lüliang area codes")
                .filteredOn(a -> a.matches("14(02|06|09|11|22)\\d{2}")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind26Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(
                Blind26Templates.areaCodes()).noneMatch(a -> a.matches("150[6-9]\\d{2}|6108\\d{2}|14(09|11)\\d{2}"));
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and minority names, Mongolian names in
     * the Mongolian script, nicknames, compound surnames, English names, the nationals in Cyrillic and romanised and
     * the pinyin names as written, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind26Templates.chineseNames().stream(), Blind26Templates.minorityNames().stream(),
                        Blind26Templates.scriptNames().stream(), Blind26Templates.nicknames().stream(),
                        Blind26Templates.compoundSurnames().stream(), Blind26Templates.englishNames(),
                        Blind26Templates.cyrillicWritten(), Blind26Templates.latinWritten(),
                        Blind26Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind26Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind26Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind26Templates.isPoolName(value)).as("name from the BLIND_26 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> {
                if (value.codePoints().anyMatch(TemplateChecks::isLatin)) {
                    assertThat(value).matches(LATIN_ADDRESS);
                } else if (value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.CYRILLIC)) {
                    assertThat(value).matches(CYRILLIC_ADDRESS);
                } else {
                    assertThat(value).doesNotContain(" ").matches(ADDRESS);
                }
            }
        }
    }
}
