package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the eighteenth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says, every
 * pool name turns up, forms of address and honorifics (老X, 小X, X师傅, X姨, X叔, X哥, X大夫) label the surname only and
 * a given name used alone the given name, resident identity numbers (also with a lower-case x, grouped by hyphens or
 * blanks) carry a valid GB 11643 check character and 15-digit numbers a valid birth date, bank cards a valid Luhn
 * digit, health-archive numbers begin with an area code and are labelled as records, the phone, record, insurance,
 * address and birth-date forms the group promises do occur, a child known by a parent's name labels the parent, the
 * decoys (hotlines, bed, exam, specimen, batch and staff numbers, facilities, places alone, foods with place words,
 * eponyms, words beginning with a surname) stand in the text and are never labelled, the generator is deterministic by
 * seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new and mostly not ordinary
 * words. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind18TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    /** What a literal brace may not touch once the slots are gone: a letter, digit or underscore (a mistyped slot). */
    private static final Pattern BROKEN_SLOT = Pattern.compile("\\{[A-Za-z0-9_]|[A-Za-z0-9_]}");
    private static final List<String> PHONES = List.of(
            "1[3-9]\\d{9}", "1[3-9]\\d-\\d{4}-\\d{4}", "1[3-9]\\d \\d{4} \\d{4}", "\\+86 1[3-9]\\d{9}",
            "\\+86-1[3-9]\\d-\\d{4}-\\d{4}", "0\\d{3}-[2-8]\\d{6,7}(转\\d{3,4})?",
            "\\(0\\d{3}\\)[2-8]\\d{6,7}(转\\d{3,4})?",
            "0\\d{3} [2-8]\\d{6,7}(转\\d{3,4})?");
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{2}\\.\\d{2}", "(19|20)\\d{2}年\\d{1,2}月",
            "(19|20)\\d{6}", "(19|20)\\d{2}/\\d{2}/\\d{2}",
            "[一二][〇一二三四五六七八九]{3}年(十[一二]?|[一二三四五六七八九])月(二?十[一二三四五六七八九]?|[一二三四五六七八九])日",
            "(19|20)\\d{2}年\\d{1,2}月\\d{1,2}号", "\\d{2}/\\d{2}/(19|20)\\d{2}", "[A-Z][a-z]{2} \\d{1,2}, (19|20)\\d{2}",
            "\\d{1,2} [A-Z][a-z]+ (19|20)\\d{2}", "\\d{2} [A-Z]{3} (19|20)\\d{2}", "20\\d{2}\\.\\d{1,2}\\.\\d{1,2}");
    private static final String RECORD = "HZ20(1[6-9]|2[0-5])-\\d{5}|00\\d{6}|MJ\\d{9}|(1[6-9]|2[0-5])ZY\\d{6}|\\d{17}";
    private static final String INSURANCE = "YB23(0[1-9]|1[0-2])-\\d{8}|XNH\\d{12}|NM15-\\d{9}|LNYB\\d{10}";
    private static final String ADDRESS = "(黑龙江省|吉林省|辽宁省|内蒙古自治区)?(哈尔滨市|齐齐哈尔市|鸡西市|延边朝鲜族自治州"
            + "|阜新市|大庆市|绥化市|通辽市)\\S+?(\\d+(号|室)|门市|村|组|屯|路|街|嘎查)";
    private static final List<String> HONORIFICS = List.of("师傅", "姨", "叔", "哥", "大夫", "大爷", "大娘", "老太太", "主任",
            "阿妈妮");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "PK", "PY",
                "EG"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        phi.put("HA", EntityKind.MEDICAL_RECORD);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind18Templates.BLIND_18).hasSizeBetween(130, 190).doesNotHaveDuplicates();
        assertThat(Blind18Templates.BLIND_18).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
                .doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5)
                .doesNotContainAnyElementsOf(Blind6Templates.BLIND_6)
                .doesNotContainAnyElementsOf(Blind7Templates.BLIND_7)
                .doesNotContainAnyElementsOf(Blind8Templates.BLIND_8)
                .doesNotContainAnyElementsOf(Blind9Templates.BLIND_9)
                .doesNotContainAnyElementsOf(Blind10Templates.BLIND_10)
                .doesNotContainAnyElementsOf(Blind11Templates.BLIND_11)
                .doesNotContainAnyElementsOf(Blind12Templates.BLIND_12)
                .doesNotContainAnyElementsOf(Blind13Templates.BLIND_13)
                .doesNotContainAnyElementsOf(Blind14Templates.BLIND_14)
                .doesNotContainAnyElementsOf(Blind15Templates.BLIND_15)
                .doesNotContainAnyElementsOf(Blind16Templates.BLIND_16)
                .doesNotContainAnyElementsOf(Blind17Templates.BLIND_17);
        List<String> used = Blind18Templates.BLIND_18.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "DS", "PG", "PK", "PY", "EG",
                "ES", "MN", "ID", "M", "L", "R", "HA", "I", "B", "A", "A0", "DOB", "DOBE", "NB", "E", "E2", "P", "F",
                "DR");
        for (String slot : List.of("P", "N", "ID", "M", "L", "R", "HA", "I", "B", "A", "A0", "DOB", "DOBE", "NB",
                "PS", "FS", "PG", "PK", "PY", "MN")) {
            assertThat(used.stream().filter(slot::equals).count()).as("slot " + slot + " used often enough")
                    .isGreaterThanOrEqualTo(slot.equals("FS") || slot.equals("PK") ? 2 : 4);
        }
        long english = TemplateChecks.mostlyLatin(Blind18Templates.BLIND_18);
        assertThat(english).as("English or mostly Latin-script templates").isBetween(18L, 30L);
        TemplateChecks.checkSlots(Blind18Templates.BLIND_18, PHI);
        TemplateChecks.checkNoStrayBraces(Blind18Templates.BLIND_18);
        for (String t : Blind18Templates.BLIND_18) {
            assertThat(TemplateChecks.SLOT.matcher(t).replaceAll("")).as("mistyped slot in " + t)
                    .doesNotContainPattern(BROKEN_SLOT);
            assertThat(TemplateChecks.slots(t).stream().filter("MN"::equals).count())
                    .as("MN is one person per record, written once: " + t).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind18Templates.BLIND_18, checkedNames(), Blind18Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind18Templates.BLIND_18, Blind18Templates.SEED, PHI,
                Blind18TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(Blind18Templates.BLIND_18, Blind18Templates.SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind18Templates.BLIND_18, Blind18Templates.SEED, PHI,
                Blind18Templates::surnameOf, Blind18Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind18Templates.surnameOf("上官玉洁")).isEqualTo("上官");
        assertThat(Blind18Templates.surnameOf("端木慧")).isEqualTo("端木");
        assertThat(Blind18Templates.surnameOf("万俟秀娥")).isEqualTo("万俟");
        assertThat(Blind18Templates.surnameOf("隋海峰")).isEqualTo("隋");
        assertThat(Blind18Templates.addressedGivenName("端木慧")).isEqualTo("端木慧");
        assertThat(Blind18Templates.addressedGivenName("宫琦")).isEqualTo("宫琦");
        assertThat(Blind18Templates.addressedGivenName("隋海峰")).isEqualTo("海峰");
        assertThat(Blind18Templates.addressedGivenName("上官玉洁")).isEqualTo("玉洁");
    }

    @Test
    void formsOfAddressStayOutsideTheSurnameSpan() {
        Pattern around = Pattern.compile("[老小]\\{(PS|FS|DS)}|\\{(PS|FS|DS)}(" + String.join("|", HONORIFICS) + ")");
        int prefixed = 0, suffixed = 0;
        for (String template : Blind18Templates.BLIND_18) {
            if (!around.matcher(template).find()) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(Blind18Templates.SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    String v = s.in(r.text());
                    boolean surname = Blind18Templates.chineseNames().stream()
                            .anyMatch(n -> Blind18Templates.surnameOf(n).equals(v));
                    if (!surname) continue;
                    String after = r.text().substring(s.end());
                    char before = s.start() > 0 ? r.text().charAt(s.start() - 1) : ' ';
                    assertThat(v).as(r.text()).doesNotContain("老", "小", "师傅", "大夫", "哥", "叔", "姨");
                    if (before == '老' || before == '小') prefixed++;
                    if (HONORIFICS.stream().anyMatch(after::startsWith)) suffixed++;
                }
            }
        }
        assertThat(prefixed).as("老X and 小X").isGreaterThan(40);
        assertThat(suffixed).as("X师傅, X姨, X叔, X哥, X大夫 …").isGreaterThan(200);
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        int checked = TemplateChecks.checkParentBeforeKinWords(Blind18Templates.BLIND_18, Blind18Templates.SEED,
                RECORDS, List.of("之子"));
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, hyphenated = 0, spaced = 0, legacy = 0;
        int cards = 0, cardsSpaced = 0, cardsHyphenated = 0, cards19 = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind18Templates.SEED, Blind18Templates.BLIND_18)
                .generate(2500)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    checkIdentity(v);
                    ids++;
                    if (v.endsWith("x")) lower++;
                    if (v.contains("-")) hyphenated++;
                    if (v.contains(" ")) spaced++;
                    if (v.length() == 15) legacy++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    checkBankCard(v);
                    cards++;
                    if (v.matches("(\\d{4} )+\\d{1,4}")) cardsSpaced++;
                    if (v.matches("(\\d{4}-)+\\d{1,4}")) cardsHyphenated++;
                    if (v.replaceAll("[ -]", "").length() == 19) cards19++;
                }
            }
        }
        assertThat(ids).isGreaterThan(300);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(hyphenated).as("identity numbers 6-8-4 by hyphens").isGreaterThan(0);
        assertThat(spaced).as("identity numbers 6 8 4 by blanks").isGreaterThan(0);
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(10);
        assertThat(cards).isGreaterThan(50);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isGreaterThan(0);
        assertThat(cardsHyphenated).as("bank cards in fours by hyphens").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
        // The checks reject what they should.
        assertThat(TemplateChecks.legacyIdValid("230231560230123")).as("30 February").isFalse();
        assertThat(TemplateChecks.legacyIdValid("230231561103123")).isTrue();
        assertThat(Checksums.luhn("6228480000000000")).isFalse();
    }

    @Test
    void healthArchiveNumbersBeginWithAnAreaCodeAndAreLabelledAsRecords() {
        int archives = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind18Templates.SEED, Blind18Templates.BLIND_18)
                .generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (v.matches("\\d{17}")) {
                    assertThat(s.kind()).as(r.text()).isEqualTo(EntityKind.MEDICAL_RECORD);
                    assertThat(Blind18Templates.areaCodes()).as(v).contains(v.substring(0, 6));
                    archives++;
                }
            }
        }
        assertThat(archives).isGreaterThan(50);
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values =
                TemplateChecks.valuesByKind(Blind18Templates.BLIND_18, Blind18Templates.SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE), records = values.get(EntityKind.MEDICAL_RECORD),
                insurance = values.get(EntityKind.INSURANCE), addresses = values.get(EntityKind.ADDRESS),
                births = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        assertThat(phones).anyMatch(p -> p.contains("转")).anyMatch(p -> p.matches("0451-\\d{8}"))
                .anyMatch(p -> p.matches("0433-\\d{7}")).anyMatch(p -> p.matches("\\(0452\\)\\d{7}"));
        assertThat(records).anyMatch(v -> v.startsWith("HZ")).anyMatch(v -> v.matches("00\\d{6}"))
                .anyMatch(v -> v.startsWith("MJ")).anyMatch(v -> v.matches("\\d{2}ZY\\d{6}"))
                .anyMatch(v -> v.matches("\\d{17}"));
        assertThat(insurance).anyMatch(v -> v.startsWith("YB23")).anyMatch(v -> v.startsWith("XNH"))
                .anyMatch(v -> v.startsWith("NM15-")).anyMatch(v -> v.startsWith("LNYB"));
        assertThat(addresses).anyMatch(a -> a.startsWith("黑龙江省哈尔滨市")).anyMatch(a -> a.startsWith("齐齐哈尔市"))
                .anyMatch(a -> a.contains("栋") && a.contains("单元") && a.endsWith("室"))
                .anyMatch(a -> a.contains("号楼") && a.contains("单元") && a.endsWith("号"))
                .anyMatch(a -> a.endsWith("门市")).anyMatch(a -> a.contains("屯") && a.contains("村"))
                .anyMatch(a -> a.contains("组") && a.contains("村")).anyMatch(a -> a.endsWith("村"))
                .anyMatch(a -> a.endsWith("路") || a.endsWith("街")).anyMatch(a -> a.contains("嘎查"))
                .anyMatch(a -> a.startsWith("内蒙古自治区")).anyMatch(a -> a.startsWith("通辽市"))
                .anyMatch(a -> a.startsWith("吉林省延边朝鲜族自治州")).anyMatch(a -> a.startsWith("辽宁省阜新市"))
                .anyMatch(a -> a.contains("小区") || a.contains("庄园"));
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, births);
        assertThat(births).as("children's dates").anyMatch(b -> b.matches("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(b -> b.matches("20(1[4-9]|2\\d)-\\d{2}-\\d{2}"));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        List<String> decoys = List.of("拨打12320", "另拨95518", "拨打了120", "叫120", "留观7床", "EICU-3", "加12床", "15床", "8床",
                "心内二病区12床", "TJ250311-0452", "TB2503-017", "GXY-0612", "批号202503117", "工号12087", "第18号",
                "井下-450水平", "长白山人参", "哈尔滨红肠", "五常大米", "延边辣白菜", "关节疼痛", "白天", "马上", "常规",
                "金黄色葡萄球菌", "高压氧", "帕金森病", "贝尔面瘫", "籍贯 山东省蓬莱县", "参保地黑龙江省齐齐哈尔市", "就医地北京市",
                "松江医科大学附属第一医院", "白杨河县人民医院", "三道岗镇卫生院", "前进村卫生室", "白杨河县实验小学",
                "农村信用社白杨河支行", "白杨河县第二中学", "黄芪30g", "当归12g", "足三里", "阿妈妮", "零下32度",
                "1,102.00元", "room 3", "bed 4", "Ward 6");
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(Blind18Templates.BLIND_18, Blind18Templates.SEED, RECORDS,
                decoys);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind18Templates.SEED, Blind18Templates.BLIND_18)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind18TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind18Templates.fullNameOf(value) != null) labelledNames.add(Blind18Templates.fullNameOf(value));
                if (Blind18Templates.pinyinOf(value) != null) pinyin.add(Blind18Templates.pinyinOf(value));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind18Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind18Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind18Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind18Templates.englishNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind18Templates.pinyinNames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind18Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind18Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind18Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind18Templates.compoundSurnames());
        assertThat(labelledValues).as("pinyin names in each written form")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+, [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z]+ [A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+"));
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind18Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind18Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind18Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind18Templates.compoundSurnames()).as("every compound surname has a name")
                .allMatch(c -> chinese.stream().anyMatch(n -> n.startsWith(c)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind18Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind18Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind18Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind18Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind18Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind18Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<Class<?>> older = OlderGroups.upTo(17);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(17);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind18Templates.minorityNames(),
                Blind18Templates.englishSurnames().toList(), Blind18Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderChinese = new HashSet<>();
        Set<String> olderLatin = new HashSet<>();
        for (Class<?> c : older) {
            olderChinese.addAll(TemplateChecks.list(c, "CHINESE"));
            olderChinese.addAll(TemplateChecks.list(c, "MINORITY"));
            for (String n : TemplateChecks.list(c, "ENGLISH")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        olderChinese.addAll(Blind17Templates.nicknames());
        for (Class<?> c : List.of(Blind5Templates.class, Blind6Templates.class, Blind15Templates.class)) {
            for (String n : TemplateChecks.list(c, "PINYIN")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : TemplateChecks.list(Blind16Templates.class, "ROMANISED")) {
            olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : Blind17Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        assertThat(Blind18Templates.nicknames()).as("nicknames that are not new").noneMatch(olderChinese::contains);
        assertThat(Blind18Templates.pinyinNames().stream().map(TemplateChecks::pinyinKey))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, nicknames,
     * compound surnames, pinyin names as written, and English family and given names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind18Templates.chineseNames().stream(), Blind18Templates.minorityNames().stream(),
                        Blind18Templates.nicknames().stream(), Blind18Templates.compoundSurnames().stream(),
                        Blind18Templates.englishNames(), Blind18Templates.pinyinWritten(),
                        Blind18Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind18Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        if (v.length() == 15) {
            assertThat(TemplateChecks.legacyIdValid(v)).as(v + " 15-digit number with a valid birth date").isTrue();
            return;
        }
        assertThat(v).matches("\\d{17}[\\dXx]|\\d{6}-\\d{8}-\\d{3}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dXx]");
        String id = v.replaceAll("[- ]", "").replace('x', 'X');
        TemplateChecks.checkResidentId(v, id);
    }

    private static void checkBankCard(String written) {
        assertThat(written).as(written).matches("\\d{16}|\\d{19}|(\\d{4} ){3,4}\\d{3,4}|(\\d{4}-){3,4}\\d{3,4}");
        TemplateChecks.checkBankCard(written.replace("-", ""));
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind18Templates.isPoolName(value)).as("name from the BLIND_18 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> checkBankCard(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}
