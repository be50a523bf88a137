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

/**
 * Well-formedness of the twenty-fourth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says,
 * every pool name turns up, forms of address and titles label the surname only and a given name used alone the given
 * name, OCR'd names broken by a line break or blanks are one span, resident identity numbers (also with a lower-case x
 * or 6-8-4 by blanks) carry a valid GB 11643 check character and an area code of the group's regions, 15-digit numbers
 * a valid birth date, bank cards a valid Luhn digit, the phone (at home, abroad, across the strait and at sea), record,
 * insurance, address and birth-date forms the group promises do occur, a child known by a parent's name labels the
 * parent, the decoys stand in the text and are never labelled, the generator is deterministic by seed, no pool name
 * stands anywhere in the text outside a labelled span, the pools, their rare surnames and compound surnames are new,
 * and most names carry common surnames, as a patient list of the Fujian coast would. No de-identifier is run here: the
 * group stays blind until it is measured once.
 */
class Blind24TemplatesTest {
    private static final List<String> T = Blind24Templates.BLIND_24;
    private static final long SEED = Blind24Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}", "\\(\\+86\\)1[35789]\\d \\d{4} \\d{4}");
    private static final List<String> FOREIGN_PHONES = List.of("\\+886-9\\d{2}-\\d{3}-\\d{3}", "09\\d{2}-\\d{3}-\\d{3}",
            "\\+60 1\\d-\\d{3} \\d{4}", "\\+65 [89]\\d{3} \\d{4}", "\\+63 9\\d{2} \\d{3} \\d{4}",
            "\\+62 8\\d{2}-\\d{4}-\\d{4}", "17400\\d{6}");
    private static final List<String> LANDLINES = List.of("\\(059[1-6]\\)[2-8]\\d{6,7}", "059[1-6] [2-8]\\d{2,3} \\d{4}",
            "059[1-6]-[2-8]\\d{6,7}转\\d{3,4}", "\\+86-59[1-6]-[2-8]\\d{6,7}", "059[1-6]-[2-8]\\d{6,7}");
    private static final List<String> PHONES = Stream.of(MOBILES, FOREIGN_PHONES, LANDLINES).flatMap(List::stream)
            .toList();
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}",
            "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月(廿[一二三四五六七八]|[一二三四五六七八九十]{1,3})",
            "(19|20)\\d{6}", "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}",
            "\\d{2}-[A-Z]{3}-(19|20)\\d{2}", "[A-Z][a-z]{2,8} \\d{1,2}, (19|20)\\d{2}");
    private static final String RECORD = "LA-ZY(1[6-9]|2[0-5])\\d{6}|MZ\\d{10}|35\\d{15}|YG(1[6-9]|2[0-5])-\\d{4}"
            + "|(1[6-9]|2[0-5])\\d{5}";
    private static final String INSURANCE = "FJYB\\d{10}|XM3502-\\d{8}|CXJM\\d{10}|QZ0595\\d{9}"
            + "|YHBX20(1[6-9]|2[0-5])-\\d{6}";
    private static final String ADDRESS = "(福建省)?(厦门市|泉州市|福州市|漳州市|莆田市|宁德市|鲤澳市)"
            + "\\S*?(\\d+(号|室)|号之\\d|村|社区\\S+路|路|街|大街|大道)";
    private static final String TAIWAN_ADDRESS = "(高雄市|新北市|臺南市|金門縣|彰化縣)\\S+?(路|段)(\\d+巷)?\\d+號";
    private static final String OVERSEAS_ADDRESS = ".*\\d.*(Singapore \\d{6}|Selangor|Penang|Manila|Jakarta Barat)";
    private static final List<String> LANDLINE_AREAS = List.of("0591", "0592", "0593", "0594", "0595", "0596");
    private static final List<String> HONORIFICS = List.of("先生", "小姐", "女士", "阿嬷", "阿公", "伯", "姆", "师傅",
            "老板", "船长", "医生", "主任");
    /** The pool's surnames that no earlier blind group gave anyone. */
    private static final String RARE_SURNAMES = Blind24Templates.RARE_SURNAMES;

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "PS", "FS", "PG", "PK",
                "PY", "PO", "EG", "HK", "WG"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        phi.put("DOBC", EntityKind.BIRTH_DATE);
        phi.put("MX", EntityKind.PHONE);
        phi.put("AT", EntityKind.ADDRESS);
        phi.put("AO", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(23);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 150).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "NC", "NM", "PS", "FS", "DS", "PG", "PK", "PY",
                "PO", "HK", "WG", "EG", "ES", "MN", "ID", "M", "MX", "L", "R", "I", "B", "A", "A0", "AT", "AO", "DOB",
                "DOBE", "DOBC", "NB", "E", "E2", "P", "F", "DR");
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "N", "NC", "NM", "ID", "M", "MX", "L", "R", "I", "B",
                "A", "A0", "AT", "AO", "DOB", "DOBE", "DOBC", "NB", "PS", "FS", "PG", "PK", "PY", "PO", "HK", "WG",
                "MN", "EG", "ES", "E2"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(18L, 26L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 30, JSON, 4, HL7, 4, OCR, 8, WECHAT, 4, SMS, 8, EMAIL, 5));
        assertThat(T.stream().filter(t -> t.startsWith("[语音")).count()).as("dialect voice notes")
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind24Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind24TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(T, SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(T, SEED, PHI, Blind24Templates::surnameOf,
                Blind24Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(30);
        assertThat(Blind24Templates.surnameOf("张廖万坚")).isEqualTo("张廖");
        assertThat(Blind24Templates.surnameOf("范姜秀英")).isEqualTo("范姜");
        assertThat(Blind24Templates.surnameOf("陈水螺")).isEqualTo("陈");
        assertThat(Blind24Templates.addressedGivenName("陈水螺")).isEqualTo("水螺");
        assertThat(Blind24Templates.addressedGivenName("张简芷晴")).isEqualTo("芷晴");
        assertThat(Blind24Templates.addressedGivenName("陈烨")).isEqualTo("陈烨");
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
                    boolean surname = Blind24Templates.chineseNames().stream()
                            .anyMatch(n -> Blind24Templates.surnameOf(n).equals(v));
                    if (!surname) continue;
                    String after = r.text().substring(s.end());
                    char before = s.start() > 0 ? r.text().charAt(s.start() - 1) : ' ';
                    assertThat(v).as(r.text()).doesNotContain("老", "小", "先", "女", "阿", "嬷", "公", "伯", "姆",
                            "师", "板", "船", "医", "主", "长");
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
        assertThat(suffixed).as("X船长, X阿嬷, X医生 …").isGreaterThan(150);
        assertThat(honorificsSeen).as("every form of address is written").containsAll(HONORIFICS);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind24Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind24Templates.isScannedName("陈\n水螺")).isTrue();
        assertThat(Blind24Templates.isScannedName("陈 水螺")).isTrue();
        assertThat(Blind24Templates.isScannedName("陈\u3000水\u3000螺")).isTrue();
        assertThat(Blind24Templates.isScannedName("陈水螺")).isFalse();
        assertThat(Blind24Templates.isScannedName("陈\n水")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(10);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, blanks = 0, legacy = 0;
        int cards = 0, cardsSpaced = 0, cardsHyphens = 0, cards19 = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(2500)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    checkIdentity(v);
                    ids++;
                    if (v.endsWith("x")) lower++;
                    if (v.contains(" ")) blanks++;
                    if (v.length() == 15) legacy++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    TemplateChecks.checkCardInFours(v);
                    cards++;
                    if (v.contains(" ")) cardsSpaced++;
                    if (v.contains("-")) cardsHyphens++;
                    if (v.replaceAll("[ -]", "").length() == 19) cards19++;
                }
            }
        }
        assertThat(ids).isGreaterThan(250);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(blanks).as("identity numbers 6-8-4 by blanks").isGreaterThan(0);
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(10);
        assertThat(cards).isGreaterThan(50);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isGreaterThan(0);
        assertThat(cardsHyphens).as("bank cards in fours by hyphens").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
        // The checks reject what they should.
        assertThat(TemplateChecks.legacyIdValid("350582630230123")).as("30 February").isFalse();
        assertThat(TemplateChecks.legacyIdValid("350582631103123")).isTrue();
        assertThat(Checksums.luhn("6229090000000002")).isFalse();
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, values.get(EntityKind.PHONE));
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("record form", List.of("LA-ZY.*", "MZ.*", "35\\d{15}", "YG.*", "\\d{7}"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("FJYB.*", "XM3502-.*", "CXJM.*", "QZ0595.*",
                "YHBX.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*[栋幢]\\d+室", ".*\\d+号之\\d", ".*巷\\d+号",
                ".*坊\\d+号", ".*里\\d+号", ".*村\\S*厝\\d+号", ".*村\\S+社\\d+号", ".*村[一二三四五六七八九]组\\d+号",
                ".*村\\d+组\\d+号", ".*村\\d+号", ".*社区\\S+路\\d+号", ".*村", ".*(路|街|大道)", "福建省.*", "厦门市.*",
                "鲤澳市.*", ".*號", "金門縣.*", ".*巷\\d+號", "Blk .*Singapore \\d{6}", ".*Selangor", ".*Penang",
                ".*Manila", ".*Jakarta Barat"), values.get(EntityKind.ADDRESS));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86-" + a.substring(1) + "-.*").toList(), values.get(EntityKind.PHONE));
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("spoken dates with 廿", List.of(".*月廿.*"), values.get(EntityKind.BIRTH_DATE));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of("闽鲤渔05871", "闽鲤渔运03316",
                "北纬24°32′", "东经118°41′", "MMSI 412438761", "via 12395", "海员证号：E20387654", "Seaman's book: E20387654",
                "护照号B4417263", "台胞证号码：03876512", "HY-2024-0387", "AX0387", "AX0412", "AX0519", "202403A017",
                "YL-2024-0387", "MSG24087", "咨询12320", "hotline 12320", "120无法出车", "120转鲤澳", "EM^05",
                "鲤澳医学院附属第一医院", "蚵埕街道社区卫生服务中心", "崎沙镇卫生院", "云岫乡卫生院", "云岫茶场", "后垵村卫生室",
                "侨光诊所", "鲤澳中心渔港医务室", "鲤澳港船员服务中心", "澳兴鞋业有限公司", "鲤澳渔业互助保险站",
                "Minliyu 05871", "Ocean Pearl 8", "Li'ao First Hospital", "Yunxiu tea farm", "Xiwei village", "Kuala Lumpur",
                "户籍：福建省莆田市", "户籍：四川省", "雅加达", "在连江县讨海", "返金门", "子女均在新加坡", "1960年自印尼归国",
                "归国时间 1960年", "1958年自缅甸归国", "第9号台风", "风力12级", "孕37周", "孕28周", "39.2℃",
                "黄鱼", "丁香鱼", "海蛎煎", "鲍鱼", "吴郭鱼干", "铁观音", "大红袍", "龙眼", "杨梅", "余甘", "陈皮", "黄芪",
                "何首乌", "叶酸", "黄疸", "留置针", "康复", "周末", "张网", "连续", "许可证", "江瑶柱", "紫菜", "庄稼",
                "方便面", "洪水", "游泳池", "苏打水", "施肥", "竹叶青", "海参", "阿嬷", "阿公", "厝边", "讨海", "今仔日",
                "依伯", "依姆"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        Set<String> hokkien = new HashSet<>();
        Set<String> wadeGiles = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            TemplateChecks.checkSpans(r, Blind24TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind24Templates.fullNameOf(value) != null) labelledNames.add(Blind24Templates.fullNameOf(value));
                if (Blind24Templates.pinyinOf(value) != null) pinyin.add(Blind24Templates.pinyinOf(value));
                if (Blind24Templates.hokkienOf(value) != null) hokkien.add(Blind24Templates.hokkienOf(value));
                if (Blind24Templates.wadeGilesOf(value) != null) wadeGiles.add(Blind24Templates.wadeGilesOf(value));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind24Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind24Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind24Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind24Templates.englishNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind24Templates.pinyinNames());
        assertThat(hokkien).as("every romanised pool name is drawn").containsAll(Blind24Templates.hokkienNames());
        assertThat(wadeGiles).as("every Wade-Giles pool name is drawn").containsAll(Blind24Templates.wadeGilesNames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind24Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind24Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind24Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind24Templates.compoundSurnames());
        assertThat(labelledValues).as("pinyin names in each written form")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+") && Blind24Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z][a-z]* [A-Z][a-z]+") && Blind24Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z]+") && Blind24Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+/[A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]* [A-Z][a-z]+ [A-Z][a-z]+") && Blind24Templates.pinyinOf(v) != null);
        assertThat(labelledValues).as("romanised names in each written form")
                .anyMatch(v -> v.matches("[A-Z][a-z]* [A-Z][a-z]+ [A-Z][a-z]+") && Blind24Templates.hokkienOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+ [A-Z]+") && Blind24Templates.hokkienOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z][a-z]* [A-Z][a-z]+-[a-z]+") && Blind24Templates.hokkienOf(v) != null);
        assertThat(labelledValues).as("Wade-Giles names in each written form")
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+"))
                .anyMatch(v -> v.matches("[A-Z]+, [A-Z]+-[A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+-[a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+-[A-Z]+"));
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind24Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind24Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind24Templates.compoundSurnames()).as("every compound surname has a name")
                .allMatch(c -> chinese.stream().anyMatch(n -> n.startsWith(c)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind24Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind24Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind24Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of the Fujian coast: a handful of surnames dominate, rare and compound ones are a minority.
        String common = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES");
        long commonSurnames = chinese.stream()
                .filter(n -> !Blind24Templates.compoundSurnames().contains(Blind24Templates.surnameOf(n))
                        && common.indexOf(n.charAt(0)) >= 0)
                .count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0
                || Blind24Templates.compoundSurnames().contains(Blind24Templates.surnameOf(n))).count();
        long topThree = chinese.stream().filter(n -> "陈林黄".indexOf(n.charAt(0)) >= 0).count();
        assertThat(commonSurnames * 10).as("names with common surnames").isGreaterThanOrEqualTo(chinese.size() * 7L);
        assertThat(topThree * 4).as("陈, 林 and 黄 carry about a quarter of the names or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 5).as("rare and compound surnames are a minority").isLessThanOrEqualTo(chinese.size());
        assertThat(Blind24Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind24Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind24Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind24Templates.hokkienNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind24Templates.wadeGilesNames()).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        assertThat(Blind24Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(23);
        List<String> givenNames = Blind24Templates.englishGivenNames().toList();
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, Blind24Templates.minorityNames(),
                Blind24Templates.englishSurnames().toList(), givenNames))
                .as("names that are not new").isEmpty();
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
        assertThat(Blind24Templates.compoundSurnames()).as("compound surnames that are not new")
                .noneMatch(olderCompounds::contains);
        assertThat(olderHan).as("older names with this group's rare surnames")
                .noneMatch(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0
                        || Blind24Templates.compoundSurnames().stream().anyMatch(n::startsWith));
        String svSurnames = common + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(Blind24Templates::surnameOf).filter(s -> RARE_SURNAMES.contains(s)).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        olderChinese.addAll(Blind17Templates.nicknames());
        olderChinese.addAll(Blind18Templates.nicknames());
        olderChinese.addAll(Blind19Templates.nicknames());
        olderChinese.addAll(Blind20Templates.nicknames());
        olderChinese.addAll(Blind21Templates.nicknames());
        olderChinese.addAll(Blind22Templates.nicknames());
        olderChinese.addAll(Blind23Templates.nicknames());
        assertThat(Blind24Templates.nicknames()).as("nicknames that are not new").noneMatch(olderChinese::contains);
        for (Class<?> c : List.of(Blind5Templates.class, Blind6Templates.class, Blind15Templates.class)) {
            for (String n : TemplateChecks.list(c, "PINYIN")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : TemplateChecks.list(Blind16Templates.class, "ROMANISED")) {
            olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : TemplateChecks.list(Blind23Templates.class, "STAFF")) {
            olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : Blind17Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind18Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind19Templates.pinyinNames()) {
            olderLatin.add(TemplateChecks.pinyinKey(Blind19Templates.toneless(n)));
        }
        for (String n : Blind20Templates.pinyinNames()) {
            olderLatin.add(TemplateChecks.pinyinKey(Blind20Templates.toneless(n)));
        }
        for (String n : Blind21Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind22Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind23Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        assertThat(Blind24Templates.pinyinNames().stream().map(TemplateChecks::pinyinKey))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
        assertThat(Stream.concat(Blind24Templates.hokkienNames().stream(), Blind24Templates.wadeGilesNames().stream())
                .map(n -> TemplateChecks.latinPairKey(n.replace(" ", ""))))
                .as("romanised and Wade-Giles names that are not new").noneMatch(olderLatin::contains);
        assertThat(Blind24Templates.areaCodes()).as("Fujian area codes and the workers' home counties")
                .filteredOn(a -> a.startsWith("35")).hasSizeGreaterThanOrEqualTo(25);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, nicknames,
     * compound surnames, pinyin, romanised and Wade-Giles names as written, and English given and family names of
     * three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind24Templates.chineseNames().stream(), Blind24Templates.minorityNames().stream(),
                        Blind24Templates.nicknames().stream(), Blind24Templates.compoundSurnames().stream(),
                        Blind24Templates.englishNames(), Blind24Templates.latinWritten(),
                        Blind24Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind24Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]", Blind24Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind24Templates.isPoolName(value)).as("name from the BLIND_24 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> {
                if (value.codePoints().anyMatch(TemplateChecks::isLatin)) {
                    assertThat(value).matches(OVERSEAS_ADDRESS);
                } else if (value.endsWith("號")) {
                    assertThat(value).doesNotContain(" ").matches(TAIWAN_ADDRESS);
                } else {
                    assertThat(value).doesNotContain(" ").matches(ADDRESS);
                }
            }
        }
    }
}
