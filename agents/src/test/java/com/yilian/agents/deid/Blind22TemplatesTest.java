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

import static com.yilian.agents.deid.TemplateGenre.HL7;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the twenty-second blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says,
 * every pool name turns up, forms of address and titles label the surname only and a given name used alone the given
 * name, OCR'd names broken by a line break, blanks or an ideographic blank are one span, resident identity numbers
 * (also with a lower-case x, in fours by blanks or 6-8-4 by hyphens) carry a valid GB 11643 check character and an area
 * code of the group's provinces, 15-digit numbers a valid birth date, bank cards a valid Luhn digit, the phone, record,
 * insurance, address and birth-date forms the group promises do occur, a child known by a parent's name labels the
 * parent, the decoys stand in the text and are never labelled, the generator is deterministic by seed, no pool name
 * stands anywhere in the text outside a labelled span, and the pools, their rare surnames and compound surnames are new.
 * No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind22TemplatesTest {
    private static final List<String> T = Blind22Templates.BLIND_22;
    private static final long SEED = Blind22Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> PHONES = List.of(
            "1[356789]\\d{9}", "1[356789]\\d-\\d{4}-\\d{4}", "\\+86 1[356789]\\d \\d{4} \\d{4}", "\\+861[356789]\\d{9}",
            "\\(0\\d{2,3}\\)[2-8]\\d{6,7}", "0\\d{2,3} [2-8]\\d{6,7}", "0\\d{2,3}-[2-8]\\d{6,7}",
            "0\\d{2,3}-[2-8]\\d{3} \\d{4}", "0\\d{2,3}-[2-8]\\d{6,7}分机\\d{3}");
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}年\\d{2}月\\d{2}日", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[〇一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日", "(19|20)\\d{6}",
            "[A-Z][a-z]{2} \\d{1,2}, (19|20)\\d{2}", "\\d{1,2}-[A-Z][a-z]{2}-(19|20)\\d{2}", "\\d{2}\\.\\d{2}\\.(19|20)\\d{2}",
            "[A-Z][a-z]{3,8} \\d{1,2}, (19|20)\\d{2}");
    private static final String RECORD = "QY20(1[6-9]|2[0-5])ZY\\d{5}|HB-MZ-\\d{7}|(1[6-9]|2[0-5])Z\\d{6}"
            + "|LLP(1[6-9]|2[0-5])/\\d{4}";
    private static final String INSURANCE = "NH41\\d{4}-\\d{4}-0[1-8]|HA41YB\\d{10}|SD37-\\d{3}-\\d{8}|HE13\\d{11}"
            + "|BJ11\\d{9}|TJ12-\\d{10}|SX14\\d{10}";
    private static final String ADDRESS = "(河南省|山东省|河北省|山西省|北京市|天津市)?(郑州市|商丘市|济南市|菏泽市|石家庄市"
            + "|太原市|东城区|西城区|河北区|河东区|周口市|邢台市|长治市|聊城市|沧州市|邯郸市|德州市)\\S*?(\\d+(号|室)?|村|组|庄|屯|路|街|道)";
    private static final List<String> HONORIFICS = List.of("大娘", "叔", "婶", "师傅", "大夫", "主任", "奶奶", "嫂子", "大爷",
            "医生", "哥", "大姐", "科长");
    /** The pool's surnames that no earlier blind group gave anyone. */
    private static final String RARE_SURNAMES = "鹿侍撖郅宿逢伊菅门位封弭汝靖化台";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NM", "PS", "FS", "PG", "PK",
                "PY", "PO", "EG"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        phi.put("DOBC", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(21);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(260, 320).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "NM", "PS", "FS", "DS", "PG", "PK", "PY",
                "PO", "EG", "ES", "MN", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "DOBC", "NB", "E",
                "E2", "E3", "P", "F", "DR");
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "N", "NM", "ID", "M", "L", "R", "I", "B", "A", "A0",
                "DOB", "DOBE", "DOBC", "NB", "PS", "FS", "PG", "PK", "PY", "PO", "MN"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(40L, 56L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(JSON, 4, HL7, 4, OCR, 10));
        assertThat(T.stream().filter(t -> t.startsWith("[语音")).count()).as("dialect transcripts")
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind22Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind22TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(T, SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(T, SEED, PHI, Blind22Templates::surnameOf,
                Blind22Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind22Templates.surnameOf("宰父春生")).isEqualTo("宰父");
        assertThat(Blind22Templates.surnameOf("颛孙磊")).isEqualTo("颛孙");
        assertThat(Blind22Templates.surnameOf("宿王氏")).isEqualTo("宿");
        assertThat(Blind22Templates.surnameOf("侍孙凤琴")).isEqualTo("侍");
        assertThat(Blind22Templates.addressedGivenName("鹿拴柱")).isEqualTo("拴柱");
        assertThat(Blind22Templates.addressedGivenName("侍孙凤琴")).isEqualTo("凤琴");
        assertThat(Blind22Templates.addressedGivenName("宿王氏")).isEqualTo("宿王氏");
        assertThat(Blind22Templates.addressedGivenName("颛孙磊")).isEqualTo("颛孙磊");
        assertThat(Blind22Templates.addressedGivenName("门瑶")).isEqualTo("门瑶");
        assertThat(Blind22Templates.addressedGivenName("宰父春生")).isEqualTo("春生");
    }

    @Test
    void formsOfAddressStayOutsideTheSurnameSpan() {
        Pattern around = Pattern.compile("老\\{(PS|FS|DS)}|\\{(PS|FS|DS)}(" + String.join("|", HONORIFICS) + ")");
        int prefixed = 0, suffixed = 0;
        Set<String> honorificsSeen = new HashSet<>();
        for (String template : T) {
            if (!around.matcher(template).find()) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    String v = s.in(r.text());
                    boolean surname = Blind22Templates.chineseNames().stream()
                            .anyMatch(n -> Blind22Templates.surnameOf(n).equals(v));
                    if (!surname) continue;
                    String after = r.text().substring(s.end());
                    char before = s.start() > 0 ? r.text().charAt(s.start() - 1) : ' ';
                    assertThat(v).as(r.text()).doesNotContain("老", "娘", "叔", "婶", "师", "大", "主任", "奶", "嫂",
                            "医生", "哥", "姐", "科长");
                    if (before == '老') prefixed++;
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
        assertThat(prefixed).as("老X").isGreaterThan(20);
        assertThat(suffixed).as("X大娘, X叔, X婶 …").isGreaterThan(200);
        assertThat(honorificsSeen).as("every form of address is written").containsAll(HONORIFICS);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, blanks = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind22Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.contains("  ")) blanks++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(20);
        assertThat(blanks).as("names broken by two blanks").isGreaterThan(20);
        assertThat(ideographic).as("names broken by an ideographic blank").isGreaterThan(20);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(20);
        assertThat(Blind22Templates.isScannedName("鹿\n拴柱")).isTrue();
        assertThat(Blind22Templates.isScannedName("鹿  拴柱")).isTrue();
        assertThat(Blind22Templates.isScannedName("鹿 拴 柱")).isTrue();
        assertThat(Blind22Templates.isScannedName("鹿拴柱")).isFalse();
        assertThat(Blind22Templates.isScannedName("鹿\n拴")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(10);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, fours = 0, hyphens = 0, legacy = 0;
        int cards = 0, cardsSpaced = 0, cardsHyphens = 0, cards19 = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(2500)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    checkIdentity(v);
                    ids++;
                    if (v.endsWith("x")) lower++;
                    if (v.contains(" ")) fours++;
                    if (v.contains("-")) hyphens++;
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
        assertThat(ids).isGreaterThan(300);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(fours).as("identity numbers in fours").isGreaterThan(0);
        assertThat(hyphens).as("identity numbers 6-8-4 by hyphens").isGreaterThan(0);
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(10);
        assertThat(cards).isGreaterThan(50);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isGreaterThan(0);
        assertThat(cardsHyphens).as("bank cards in fours by hyphens").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
        // The checks reject what they should.
        assertThat(TemplateChecks.legacyIdValid("410526620230123")).as("30 February").isFalse();
        assertThat(TemplateChecks.legacyIdValid("410526621103123")).isTrue();
        assertThat(Checksums.luhn("6229910000000001")).isFalse();
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, values.get(EntityKind.PHONE));
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("record form", List.of("QY.*", "HB-MZ-.*", "\\d{2}Z.*", "LLP.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("NH.*", "HA41YB.*", "SD37-.*", "HE13.*",
                "BJ11.*", "TJ12-.*", "SX14.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*号院\\d+号楼\\d单元\\d+室?", ".*栋\\d+室",
                "北京市\\S+胡同甲\\d+号", "北京市\\S+胡同\\d+号", "天津市\\S+里\\d+号楼\\d门\\d+号",
                ".*村[一二三四五六七八九]组.*", ".*村\\d+组.*", ".*庄\\d+号", ".*屯\\d+号", ".*(村|庄|屯)", ".*(路|街|道)",
                "河南省.*", "山东省.*", "河北省.*", "山西省.*", "郑州市.*", "商丘市虞城县.*"),
                values.get(EntityKind.ADDRESS));
        TemplateChecks.checkEveryFormOccurs("phone area", List.of("\\(?0371.*", "\\(?0531.*", "\\(?0311.*",
                "\\(?0351.*", "\\(?010.*", "\\(?022.*", "\\(?0370.*", "\\(?0530.*", "\\(?0635.*", "\\(?0372.*",
                "\\(?0319.*"), values.get(EntityKind.PHONE));
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                values.get(EntityKind.BIRTH_DATE));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of("拨打12320", "12345市长热线",
                "called 120", "400-837-1200", "Hotline 12320", "加5床", "3病区17床", "bed 9", "TS20240611007",
                "S24-06-1132", "YZ24061109", "GH240611-0093", "V-0611-19", "SW-0611-07", "TC-2024-0387", "HJ-0611-22",
                "工号QY0731", "BJ-2215", "M47382910", "疫苗批号202405B017", "batch A20240312", "豫N·7K203", "鲁R·5S917",
                "京Q·8M521", "MSG22011", "BP-07", "A021", "淇阳医学院第一附属医院", "滑北县人民医院", "柳林铺乡卫生院",
                "后王庄村卫生室", "鹤岭煤矿", "淇阳市殡仪馆", "淇阳市妇幼保健院", "参保地：山东省菏泽市", "就医地河南省淇阳市",
                "从天津市转回河南省商丘市", "参保地：河北省沧州市", "胡辣汤", "道口烧鸡", "德州扒鸡", "周村烧饼", "东阿阿胶",
                "保定驴肉火烧", "天津麻花", "郑州烩面", "平遥牛肉", "怀山药", "信阳毛尖", "小米粥", "百草枯", "草甘膦",
                "敌敌畏", "阿托品", "碘解磷定", "安乃近", "硝苯地平", "门诊", "位置", "宿舍", "化验", "台阶", "封闭", "米汤",
                "黑便", "鹿茸", "逢年过节", "82岁", "八十多了", "62年的人", "73周岁", "Qiyang Hospital"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            TemplateChecks.checkSpans(r, Blind22TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind22Templates.fullNameOf(value) != null) labelledNames.add(Blind22Templates.fullNameOf(value));
                if (Blind22Templates.pinyinOf(value) != null) pinyin.add(Blind22Templates.pinyinOf(value));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind22Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind22Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind22Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind22Templates.englishNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind22Templates.pinyinNames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind22Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind22Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind22Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind22Templates.compoundSurnames());
        assertThat(labelledValues).as("pinyin names in each written form")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z][a-z]* [A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]* [A-Z][a-z]+-[a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+") && Blind22Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+"));
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind22Templates.WORD_LIKE);
        assertThat(labelledValues).as("married women's double surnames are labelled whole")
                .containsAll(Blind22Templates.doubleSurnames());
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind22Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind22Templates.compoundSurnames()).as("every compound surname has a name")
                .allMatch(c -> chinese.stream().anyMatch(n -> n.startsWith(c)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind22Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind22Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind22Templates.doubleSurnames()).isSubsetOf(chinese);
        assertThat(Blind22Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind22Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind22Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind22Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(21);
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, Blind22Templates.minorityNames(),
                Blind22Templates.englishSurnames().toList(), Blind22Templates.englishGivenNames().toList()))
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
        assertThat(Blind22Templates.compoundSurnames()).as("compound surnames that are not new")
                .noneMatch(olderCompounds::contains);
        assertThat(olderHan).as("older names with this group's rare surnames")
                .noneMatch(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0
                        || Blind22Templates.compoundSurnames().stream().anyMatch(n::startsWith));
        assertThat(chinese.stream().map(Blind22Templates::surnameOf).filter(s -> RARE_SURNAMES.contains(s)).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        olderChinese.addAll(Blind17Templates.nicknames());
        olderChinese.addAll(Blind18Templates.nicknames());
        olderChinese.addAll(Blind19Templates.nicknames());
        olderChinese.addAll(Blind20Templates.nicknames());
        olderChinese.addAll(Blind21Templates.nicknames());
        assertThat(Blind22Templates.nicknames()).as("nicknames that are not new").noneMatch(olderChinese::contains);
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
        assertThat(Blind22Templates.pinyinNames().stream().map(TemplateChecks::pinyinKey))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, nicknames,
     * compound surnames, pinyin names as written, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind22Templates.chineseNames().stream(), Blind22Templates.minorityNames().stream(),
                        Blind22Templates.nicknames().stream(), Blind22Templates.compoundSurnames().stream(),
                        Blind22Templates.englishNames(), Blind22Templates.pinyinWritten(),
                        Blind22Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind22Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v,
                "\\d{17}[\\dXx]|\\d{4} \\d{4} \\d{4} \\d{4} \\d[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]", Blind22Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind22Templates.isPoolName(value)).as("name from the BLIND_22 pools: " + value)
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
