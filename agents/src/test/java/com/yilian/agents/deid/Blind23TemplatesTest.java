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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the twenty-third blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says,
 * every pool name turns up, forms of address and titles label the surname only and a given name used alone the given
 * name, OCR'd names broken by a line break or blanks are one span, resident identity numbers (also with a lower-case x
 * or 6-8-4 by blanks) carry a valid GB 11643 check character and an area code of the group's regions, 15-digit numbers
 * a valid birth date, bank cards a valid Luhn digit, the phone, record, insurance, address and birth-date forms the
 * group promises do occur, a child known by a parent's name labels the parent, the decoys stand in the text and are
 * never labelled, the generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled
 * span, the pools, their rare surnames and compound surnames are new, and most names carry common surnames, as a
 * patient list of the region would. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind23TemplatesTest {
    private static final List<String> T = Blind23Templates.BLIND_23;
    private static final long SEED = Blind23Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> PHONES = List.of(
            "1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}", "\\+86-1[35789]\\d-\\d{4}-\\d{4}", "\\(\\+86\\)1[35789]\\d{9}",
            "0086-1[35789]\\d{9}", "\\(0\\d{2,3}\\)[2-8]\\d{6,7}", "0\\d{2,3} [2-8]\\d{2,3} \\d{4}",
            "0\\d{2,3}-[2-8]\\d{6,7}转\\d{4}", "\\+86-[1-9]\\d{1,2}-[2-8]\\d{6,7}", "0\\d{2,3}-[2-8]\\d{6,7}");
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{2}-\\d{1,2}-\\d{1,2}", "(19|20)\\d{2}\\.\\d{2}\\.\\d{2}",
            "(19|20)\\d{2}/\\d{2}/\\d{2}", "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日",
            "(19|20)\\d{6}", "\\d{1,2} [A-Z][a-z]{2,8} (19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}",
            "(19|20)\\d{2}-[A-Z][a-z]{2}-\\d{2}", "[A-Z][a-z]{2,8} \\d{1,2}(st|nd|rd|th), (19|20)\\d{2}");
    private static final String RECORD = "HCFY(1[6-9]|2[0-5])-\\d{6}|RS-20(1[6-9]|2[0-5])-\\d{5}|YK(1[6-9]|2[0-5])\\d{5}"
            + "|KH\\d{8}";
    private static final String INSURANCE = "SHYB\\d{10}|JS32-05-\\d{8}|ZJ3304\\d{9}|AH34-\\d{10}"
            + "|CI20(1[6-9]|2[0-5])\\d{8}|LTC3105-\\d{6}";
    private static final String ADDRESS = "(江苏省|浙江省|安徽省)?(上海市|苏州市|无锡市|嘉兴市|杭州市|合肥市|南通市|安庆市|湖州市)"
            + "\\S*?(\\d+(号|室)|村|路|街|大道)";
    private static final List<String> LANDLINE_AREAS = List.of("021", "025", "0512", "0571", "0573", "0551", "0510",
            "0519", "0572", "0575", "0553", "0513");
    private static final List<String> HONORIFICS = List.of("小姐", "先生", "女士", "太太", "家阿婆", "阿婆", "阿姨", "老伯",
            "师傅", "医生", "主任", "家媳妇");
    /** The pool's surnames that no earlier blind group gave anyone. */
    private static final String RARE_SURNAMES = Blind23Templates.RARE_SURNAMES;

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NM", "PS", "FS", "PG", "PK",
                "PY", "PO", "EG", "XE"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        phi.put("DOBC", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(22);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(220, 280).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "NM", "PS", "FS", "DS", "PG", "PK", "PY",
                "PO", "EG", "ES", "MN", "XE", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "DOBC", "NB",
                "E", "E2", "E3", "P", "F", "DR");
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "N", "NM", "ID", "M", "L", "R", "I", "B", "A", "A0",
                "DOB", "DOBE", "DOBC", "NB", "PS", "FS", "PG", "PK", "PY", "PO", "MN", "XE", "EG", "E3"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(32L, 44L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 50, JSON, 4, HL7, 4, OCR, 10, EMAIL, 6));
        assertThat(T.stream().filter(t -> t.startsWith("[语音")).count()).as("dialect voice notes")
                .isGreaterThanOrEqualTo(12);
        assertThat(T.stream().filter(t -> t.startsWith("【")).count()).as("SMS reminders").isGreaterThanOrEqualTo(10);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind23Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind23TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(T, SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(T, SEED, PHI, Blind23Templates::surnameOf,
                Blind23Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(30);
        assertThat(Blind23Templates.surnameOf("宗政秀兰")).isEqualTo("宗政");
        assertThat(Blind23Templates.surnameOf("夹谷晟")).isEqualTo("夹谷");
        assertThat(Blind23Templates.surnameOf("沈根宝")).isEqualTo("沈");
        assertThat(Blind23Templates.addressedGivenName("沈根宝")).isEqualTo("根宝");
        assertThat(Blind23Templates.addressedGivenName("宗政秀兰")).isEqualTo("秀兰");
        assertThat(Blind23Templates.addressedGivenName("宗政逸")).isEqualTo("宗政逸");
        assertThat(Blind23Templates.addressedGivenName("金婧")).isEqualTo("金婧");
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
                    boolean surname = Blind23Templates.chineseNames().stream()
                            .anyMatch(n -> Blind23Templates.surnameOf(n).equals(v));
                    if (!surname) continue;
                    String after = r.text().substring(s.end());
                    char before = s.start() > 0 ? r.text().charAt(s.start() - 1) : ' ';
                    assertThat(v).as(r.text()).doesNotContain("老", "小", "先", "女", "太", "阿", "婆", "姨", "伯",
                            "师", "医", "主", "家", "长");
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
        assertThat(suffixed).as("X小姐, X先生, X阿婆 …").isGreaterThan(150);
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
                assertThat(Blind23Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S+ \\S+") && v.length() > 3) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(20);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(10);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(20);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(20);
        assertThat(Blind23Templates.isScannedName("沈\n根宝")).isTrue();
        assertThat(Blind23Templates.isScannedName("沈 根宝")).isTrue();
        assertThat(Blind23Templates.isScannedName("沈\u3000根\u3000宝")).isTrue();
        assertThat(Blind23Templates.isScannedName("沈根宝")).isFalse();
        assertThat(Blind23Templates.isScannedName("沈\n根")).isFalse();
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
        assertThat(TemplateChecks.legacyIdValid("330421620230123")).as("30 February").isFalse();
        assertThat(TemplateChecks.legacyIdValid("330421621103123")).isTrue();
        assertThat(Checksums.luhn("6212260000000002")).isFalse();
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, values.get(EntityKind.PHONE));
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("record form", List.of("HCFY.*", "RS-.*", "YK.*", "KH.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("SHYB.*", "JS32-05-.*", "ZJ3304.*", "AH34-.*",
                "CI.*", "LTC3105-.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of("上海市.*\\d+弄\\d+号\\d+室",
                "上海市.*新村\\d+号\\d+室", ".*幢\\d单元\\d+室", ".*村[一二三四五六七八九]组\\d+号", ".*村\\d+组\\d+号",
                ".*村\\d+号", ".*村", ".*(路|街|大道)", "江苏省.*", "浙江省.*", "安徽省.*", "苏州市.*", "嘉兴市嘉善县.*"),
                values.get(EntityKind.ADDRESS));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86-" + a.substring(1) + "-.*").toList(), values.get(EntityKind.PHONE));
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{1,2}-\\d{1,2}", "20(1[4-9]|2\\d)\\.\\d{2}\\.\\d{2}", "20(1[4-9]|2\\d)\\d{4}"),
                values.get(EntityKind.BIRTH_DATE));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of("咨询12320", "客服95519",
                "Queries: 400-820-3366", "120送", "加3床", "12床", "14床", "诊室5", "room 5", "OR-3", "C24-0387",
                "E3-0415", "HD20241103-5521", "CLM-241103-0087", "S23-1104-087", "SF1420387765521", "HC2087", "HC2091",
                "HC2104", "HC2233", "VIP-0387", "BC-20387", "WS-3071", "CT24110387", "B2310A17", "C7X2K9L04",
                "（2024）禾医调字第0387号", "MSG23087", "PKG-B2", "禾澄大学附属第一医院", "鸳浦区芦汀街道社区卫生服务中心",
                "菱溇镇卫生院", "荻沼浜村卫生室", "澄美医疗美容门诊部", "澄心诊所", "贝齿口腔", "康泓体检中心",
                "颐乐长护服务站", "禾澄精密机械有限公司", "禾澄市医疗纠纷人民调解委员会", "安澜健康保险", "禾澄工业园",
                "参保地：上海市", "户籍：安徽省阜阳市", "从江苏省盐城市来沪", "就医地浙江省禾澄市", "参保地安徽省六安市",
                "南翔小笼", "崇明糕", "阳澄湖大闸蟹", "绍兴黄酒", "太湖银鱼", "西湖龙井", "嘉兴粽子", "苏式月饼",
                "无锡酱排骨", "金华火腿", "镇江香醋", "宁波汤圆", "湖州千张", "川贝母", "黄山毛峰", "徽州毛豆腐", "高桥松饼",
                "杭白菊", "玻尿酸", "肉毒毒素", "来曲唑", "黄体酮", "阿替普酶", "丁苯酞", "芬太尼", "吗啡", "异维A酸",
                "干咳", "冒汗", "施工", "陆续", "顾虑", "周末", "金额", "季度", "毛巾", "夏季", "支架", "七十八岁",
                "aged 81", "Kanghong Health Check Centre", "Hecheng Hospital"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            TemplateChecks.checkSpans(r, Blind23TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind23Templates.fullNameOf(value) != null) labelledNames.add(Blind23Templates.fullNameOf(value));
                if (Blind23Templates.pinyinOf(value) != null) pinyin.add(Blind23Templates.pinyinOf(value));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind23Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind23Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind23Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind23Templates.englishNames().toList());
        assertThat(labelledNames).as("every staff working name is drawn")
                .containsAll(Blind23Templates.staffNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind23Templates.pinyinNames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind23Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind23Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind23Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind23Templates.compoundSurnames());
        assertThat(labelledValues).as("pinyin names in each written form")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+") && Blind23Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z][a-z]* [A-Z][a-z]+") && Blind23Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z]+") && Blind23Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+/[A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]* [A-Z][a-z]+ [A-Z][a-z]+") && Blind23Templates.pinyinOf(v) != null);
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind23Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind23Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind23Templates.compoundSurnames()).as("every compound surname has a name")
                .allMatch(c -> chinese.stream().anyMatch(n -> n.startsWith(c)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind23Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind23Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of the region: most names carry common surnames, rare and compound ones are a minority.
        String common = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES");
        long commonSurnames = chinese.stream()
                .filter(n -> !Blind23Templates.compoundSurnames().contains(Blind23Templates.surnameOf(n))
                        && common.indexOf(n.charAt(0)) >= 0)
                .count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0
                || Blind23Templates.compoundSurnames().contains(Blind23Templates.surnameOf(n))).count();
        assertThat(commonSurnames * 10).as("names with common surnames").isGreaterThanOrEqualTo(chinese.size() * 7L);
        assertThat(rare * 5).as("rare and compound surnames are a minority").isLessThanOrEqualTo(chinese.size());
        assertThat(Blind23Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind23Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind23Templates.staffNames().toList()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        assertThat(Blind23Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind23Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(22);
        List<String> givenNames = Stream.concat(Blind23Templates.englishGivenNames(),
                Blind23Templates.staffGivenNames()).toList();
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, Blind23Templates.minorityNames(),
                Blind23Templates.englishSurnames().toList(), givenNames))
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
        assertThat(Blind23Templates.compoundSurnames()).as("compound surnames that are not new")
                .noneMatch(olderCompounds::contains);
        assertThat(olderHan).as("older names with this group's rare surnames")
                .noneMatch(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0
                        || Blind23Templates.compoundSurnames().stream().anyMatch(n::startsWith));
        String svSurnames = common + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(Blind23Templates::surnameOf).filter(s -> RARE_SURNAMES.contains(s)).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        olderChinese.addAll(Blind17Templates.nicknames());
        olderChinese.addAll(Blind18Templates.nicknames());
        olderChinese.addAll(Blind19Templates.nicknames());
        olderChinese.addAll(Blind20Templates.nicknames());
        olderChinese.addAll(Blind21Templates.nicknames());
        olderChinese.addAll(Blind22Templates.nicknames());
        assertThat(Blind23Templates.nicknames()).as("nicknames that are not new").noneMatch(olderChinese::contains);
        for (Class<?> c : List.of(Blind5Templates.class, Blind6Templates.class, Blind15Templates.class)) {
            for (String n : TemplateChecks.list(c, "PINYIN")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : TemplateChecks.list(Blind16Templates.class, "ROMANISED")) {
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
        assertThat(Blind23Templates.pinyinNames().stream().map(TemplateChecks::pinyinKey))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority, English and staff names,
     * nicknames, compound surnames, pinyin names as written, and English given and family names of three letters or
     * more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind23Templates.chineseNames().stream(), Blind23Templates.minorityNames().stream(),
                        Blind23Templates.nicknames().stream(), Blind23Templates.compoundSurnames().stream(),
                        Blind23Templates.englishNames(), Blind23Templates.staffNames(), Blind23Templates.pinyinWritten(),
                        Blind23Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind23Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        if (v.length() == 15) {
            assertThat(List.of("320506", "320411", "320612")).as(v + " area older than the number")
                    .doesNotContain(v.substring(0, 6));
        }
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]", Blind23Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind23Templates.isPoolName(value)).as("name from the BLIND_23 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}
