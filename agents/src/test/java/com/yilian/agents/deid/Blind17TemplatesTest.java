package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the seventeenth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says, every
 * pool name turns up, address terms and honorifics label the surname only and a given name used alone the given name,
 * resident identity numbers (also with a lower-case x, grouped by hyphens or blanks) carry a valid GB 11643 check
 * character and 15-digit numbers a valid birth date, bank cards a valid Luhn digit, lunar birth dates a valid
 * sexagenary year, the phone, record, insurance, address and birth-date forms the group promises do occur, a child known
 * by a parent's name labels the parent, the decoys (pets, herbs, eponyms, hotlines, specimen and machine numbers,
 * facilities, places alone) stand in the text and are never labelled, the generator is deterministic by seed, no pool
 * name stands anywhere in the text outside a labelled span, and the pools are new and mostly not ordinary words. No
 * de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind17TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    /** What a literal brace may not touch once the slots are gone: a letter, digit or underscore (a mistyped slot). */
    private static final Pattern BROKEN_SLOT = Pattern.compile("\\{[A-Za-z0-9_]|[A-Za-z0-9_]}");
    private static final List<String> PHONES = List.of(
            "1[3-9]\\d{9}", "1[3-9]\\d-\\d{4}-\\d{4}", "1[3-9]\\d \\d{4} \\d{4}", "\\+86 1[3-9]\\d{9}",
            "\\(\\+86\\)1[3-9]\\d-\\d{4}-\\d{4}", "0086-1[3-9]\\d{9}",
            "(0\\d{3}[ -]|\\(0\\d{3}\\))[2-8]\\d{6,7}(转\\d{3,4})?", "0\\d{3}-[2-8]\\d{2,3}-\\d{4}(转\\d{3,4})?");
    private static final String LUNAR = "(农历|阴历)((19|20)\\d{2}|[一二][〇一二三四五六七八九]{3}|[甲乙丙丁戊己庚辛壬癸]"
            + "[子丑寅卯辰巳午未申酉戌亥])年(正|二|三|四|五|六|七|八|九|十|冬|腊)月(初[一二三四五六七八九十]"
            + "|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}年\\d{1,2}月", "(19|20)\\d{6}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年(十[一二]?|[一二三四五六七八九])月(二?十[一二三四五六七八九]?|[一二三四五六七八九])日",
            "\\d{2}-[A-Z][a-z]{2}-(19|20)\\d{2}", "[A-Z][a-z]+ \\d{1,2}, (19|20)\\d{2}", "\\d{1,2}/\\d{1,2}/(19|20)\\d{2}",
            "\\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ (19|20)\\d{2}", "20\\d{2}年\\d{1,2}月\\d{1,2}号", LUNAR);
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "PK", "PY",
                "EG"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("DOBL", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind17Templates.BLIND_17).hasSizeBetween(130, 190).doesNotHaveDuplicates();
        assertThat(Blind17Templates.BLIND_17).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
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
                .doesNotContainAnyElementsOf(Blind16Templates.BLIND_16);
        List<String> used = Blind17Templates.BLIND_17.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "DS", "PG", "PK", "PY", "EG",
                "ES", "MN", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "DOBL", "NB", "E", "E2", "P", "F",
                "DR", "CODE");
        for (String slot : List.of("P", "N", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "DOBL", "NB",
                "PS", "FS", "PG", "PK", "PY", "MN")) {
            assertThat(used.stream().filter(slot::equals).count()).as("slot " + slot + " used often enough")
                    .isGreaterThanOrEqualTo(slot.equals("FS") || slot.equals("PK") ? 2 : 4);
        }
        long english = TemplateChecks.mostlyLatin(Blind17Templates.BLIND_17);
        assertThat(english).as("English or mostly Latin-script templates").isBetween(18L, 30L);
        TemplateChecks.checkSlots(Blind17Templates.BLIND_17, PHI);
        TemplateChecks.checkNoStrayBraces(Blind17Templates.BLIND_17);
        for (String t : Blind17Templates.BLIND_17) {
            assertThat(TemplateChecks.SLOT.matcher(t).replaceAll("")).as("mistyped slot in " + t)
                    .doesNotContainPattern(BROKEN_SLOT);
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind17Templates.BLIND_17, checkedNames(), Blind17Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind17Templates.BLIND_17, Blind17Templates.SEED, PHI,
                Blind17TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(Blind17Templates.BLIND_17, Blind17Templates.SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind17Templates.BLIND_17, Blind17Templates.SEED, PHI,
                Blind17Templates::surnameOf, Blind17Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind17Templates.surnameOf("欧阳淑芬")).isEqualTo("欧阳");
        assertThat(Blind17Templates.surnameOf("申屠志远")).isEqualTo("申屠");
        assertThat(Blind17Templates.surnameOf("独孤晨")).isEqualTo("独孤");
        assertThat(Blind17Templates.surnameOf("者永顺")).isEqualTo("者");
        assertThat(Blind17Templates.addressedGivenName("独孤晨")).isEqualTo("独孤晨");
        assertThat(Blind17Templates.addressedGivenName("冉芃")).isEqualTo("冉芃");
        assertThat(Blind17Templates.addressedGivenName("敬晓川")).isEqualTo("晓川");
        assertThat(Blind17Templates.addressedGivenName("濮阳若兰")).isEqualTo("若兰");
    }

    @Test
    void honorificsAndAddressWordsStayOutsideTheSurnameSpan() {
        Pattern honorific = Pattern.compile("\\{(PS|FS|DS)}(老师|老|总|工|sir|生|小姐|先生|嬢嬢|阿姨|大爷|叔|奶奶|主任|医生)");
        int checked = 0;
        for (String template : Blind17Templates.BLIND_17) {
            Matcher m = honorific.matcher(template);
            if (!m.find()) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(Blind17Templates.SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    String v = s.in(r.text());
                    String after = r.text().substring(s.end());
                    if (Blind17Templates.chineseNames().stream().anyMatch(n -> Blind17Templates.surnameOf(n).equals(v))
                            && after.matches("(?s)(老师|老|总|工|sir|生|小姐|先生|嬢嬢|阿姨|大爷|叔|奶奶|主任|医生).*")) {
                        assertThat(v).as(r.text()).doesNotContain("老", "总", "工", "sir", "小姐", "先生", "嬢嬢");
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("surnames with honorifics").isGreaterThan(200);
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        int checked = TemplateChecks.checkParentBeforeKinWords(Blind17Templates.BLIND_17, Blind17Templates.SEED,
                RECORDS, List.of("之子", "之女", "家二小子", "家的娃娃"));
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, hyphenated = 0, spaced = 0, legacy = 0;
        int cards = 0, cardsSpaced = 0, cardsSixAndRest = 0, cards19 = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind17Templates.SEED, Blind17Templates.BLIND_17)
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
                    if (v.matches("\\d{6} \\d+")) cardsSixAndRest++;
                    if (v.replace(" ", "").length() == 19) cards19++;
                }
            }
        }
        assertThat(ids).isGreaterThan(300);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(hyphenated).as("identity numbers 6-8-4 by hyphens").isGreaterThan(0);
        assertThat(spaced).as("identity numbers 6 4 4 4 by blanks").isGreaterThan(0);
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(10);
        assertThat(cards).isGreaterThan(50);
        assertThat(cardsSpaced).as("bank cards in fours").isGreaterThan(0);
        assertThat(cardsSixAndRest).as("bank cards as six and the rest").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
        // The checks reject what they should.
        assertThat(TemplateChecks.legacyIdValid("530102580230123")).as("30 February").isFalse();
        assertThat(TemplateChecks.legacyIdValid("530102580307123")).isTrue();
    }

    @Test
    void lunarBirthDatesUseARealSexagenaryYear() {
        assertThat(Blind17Templates.sexagenaryYear(1958)).isEqualTo("戊戌");
        assertThat(Blind17Templates.sexagenaryYear(1984)).isEqualTo("甲子");
        assertThat(Blind17Templates.sexagenaryYear(2000)).isEqualTo("庚辰");
        assertThat(Blind17Templates.sexagenaryYear(1949)).isEqualTo("己丑");
        assertThat(Blind17Templates.lunarDay(1)).isEqualTo("初一");
        assertThat(Blind17Templates.lunarDay(10)).isEqualTo("初十");
        assertThat(Blind17Templates.lunarDay(20)).isEqualTo("二十");
        assertThat(Blind17Templates.lunarDay(23)).isEqualTo("廿三");
        assertThat(Blind17Templates.lunarDay(30)).isEqualTo("三十");
        Set<String> lunar = new HashSet<>();
        for (LabelledRecord r : new ClinicalTextGenerator(Blind17Templates.SEED, Blind17Templates.BLIND_17)
                .generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.BIRTH_DATE && v.matches(LUNAR)) lunar.add(v);
            }
        }
        assertThat(lunar).anyMatch(v -> v.matches("农历\\d{4}年.+")).anyMatch(v -> v.matches("农历[一二][〇一二三四五六七八九]{3}年.+"))
                .anyMatch(v -> v.startsWith("阴历")).anyMatch(v -> v.matches("农历[甲乙丙丁戊己庚辛壬癸].年.+"))
                .anyMatch(v -> v.contains("冬月")).anyMatch(v -> v.contains("腊月")).anyMatch(v -> v.contains("廿"));
        for (String v : lunar) {
            if (v.matches("农历[甲乙丙丁戊己庚辛壬癸].年.+")) {
                assertThat(STEMS.indexOf(v.charAt(2)) % 2).as(v + " is a sexagenary year")
                        .isEqualTo(BRANCHES.indexOf(v.charAt(3)) % 2);
            }
        }
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values =
                TemplateChecks.valuesByKind(Blind17Templates.BLIND_17, Blind17Templates.SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE), records = values.get(EntityKind.MEDICAL_RECORD),
                insurance = values.get(EntityKind.INSURANCE), addresses = values.get(EntityKind.ADDRESS),
                births = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        assertThat(phones).anyMatch(p -> p.contains("转")).anyMatch(p -> p.matches("0351-\\d{7}"))
                .anyMatch(p -> p.matches("0871-\\d{8}")).anyMatch(p -> p.matches("0\\d{3}-\\d{4}-\\d{4}"));
        assertThat(records).anyMatch(v -> v.startsWith("Z")).anyMatch(v -> v.matches("\\d{7}"))
                .anyMatch(v -> v.startsWith("OP")).anyMatch(v -> v.startsWith("JZ")).anyMatch(v -> v.startsWith("DA"));
        assertThat(insurance).anyMatch(v -> v.startsWith("YBGZ")).anyMatch(v -> v.startsWith("NH"))
                .anyMatch(v -> v.startsWith("SXYB-")).anyMatch(v -> v.startsWith("YN53"));
        assertThat(addresses).anyMatch(a -> a.startsWith("云南省昆明市")).anyMatch(a -> a.startsWith("昆明市"))
                .anyMatch(a -> a.contains("栋") && a.contains("单元") && a.endsWith("室"))
                .anyMatch(a -> a.contains("号附") && a.endsWith("号"))
                .anyMatch(a -> a.contains("号楼") && a.contains("单元") && a.endsWith("号"))
                .anyMatch(a -> a.contains("组") && a.contains("村")).anyMatch(a -> a.endsWith("村"))
                .anyMatch(a -> a.endsWith("路") || a.endsWith("街")).anyMatch(a -> a.startsWith("贵州省"))
                .anyMatch(a -> a.startsWith("山西省")).anyMatch(a -> a.startsWith("大理白族自治州"))
                .anyMatch(a -> a.contains("小区") || a.contains("苑") || a.contains("花园"));
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, births);
        assertThat(births).as("children's dates").anyMatch(b -> b.matches("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(b -> b.matches("20(1[4-9]|2\\d)-\\d{2}-\\d{2}"));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        List<String> decoys = List.of("旺财", "咪咪", "阿黄", "拨打95588", "客服热线95519", "客服400-669-5120", "（12356）",
                "拨打120", "分机8021", "重楼", "天麻", "白及", "石斛", "三七粉", "霍奇金淋巴瘤", "桥本甲状腺炎", "川崎病",
                "格拉斯哥评分", "马上", "黄疸", "石膏", "云南白药气雾剂", "山西老陈醋", "籍贯：山西省平遥县",
                "出生地：云南省会泽县", "参保地山西省太原市", "就医地云南省昆明市", "乌蒙医学院附属第一医院", "者海镇卫生院",
                "迤那镇中心卫生院", "金辰街道社区卫生服务中心", "营盘村卫生室", "者海镇中心学校", "检查号：CT240318-112",
                "病理号：B24-1187", "透析机号：7", "选手号码B1287", "批号20240311", "ICU-6", "OR3", "等候号牌17号",
                "第23号", "末次月经", "预产期", "床位D-02", "冻存盒3-A-12", "检查号MR0412", "晋中某煤业公司", "12床", "Theatre 4",
                "ward 5B");
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(Blind17Templates.BLIND_17, Blind17Templates.SEED, RECORDS,
                decoys);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind17Templates.SEED, Blind17Templates.BLIND_17)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind17TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind17Templates.fullNameOf(value) != null) labelledNames.add(Blind17Templates.fullNameOf(value));
                if (Blind17Templates.pinyinOf(value) != null) pinyin.add(Blind17Templates.pinyinOf(value));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind17Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind17Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind17Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind17Templates.englishNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind17Templates.pinyinNames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind17Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind17Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind17Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind17Templates.compoundSurnames());
        assertThat(labelledValues).as("pinyin names in each written form")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z]\\.[A-Z]\\.")).anyMatch(v -> v.matches("([A-Z]\\.){3}"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z]+")).anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+"));
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind17Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind17Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind17Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind17Templates.compoundSurnames()).as("every compound surname has a name")
                .allMatch(c -> chinese.stream().anyMatch(n -> n.startsWith(c)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind17Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind17Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind17Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind17Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind17Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind17Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<Class<?>> older = OlderGroups.upTo(16);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(16);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind17Templates.minorityNames(),
                Blind17Templates.englishSurnames().toList(), Blind17Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderChinese = new HashSet<>();
        Set<String> olderLatin = new HashSet<>();
        for (Class<?> c : older) {
            olderChinese.addAll(TemplateChecks.list(c, "CHINESE"));
            olderChinese.addAll(TemplateChecks.list(c, "MINORITY"));
            for (String n : TemplateChecks.list(c, "ENGLISH")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (Class<?> c : List.of(Blind5Templates.class, Blind6Templates.class, Blind15Templates.class)) {
            for (String n : TemplateChecks.list(c, "PINYIN")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : TemplateChecks.list(Blind16Templates.class, "ROMANISED")) {
            olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        assertThat(Blind17Templates.nicknames()).as("nicknames that are not new").noneMatch(olderChinese::contains);
        assertThat(Blind17Templates.pinyinNames().stream().map(TemplateChecks::pinyinKey))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, nicknames,
     * compound surnames, pinyin names as written, and English family and given names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind17Templates.chineseNames().stream(), Blind17Templates.minorityNames().stream(),
                        Blind17Templates.nicknames().stream(), Blind17Templates.compoundSurnames().stream(),
                        Blind17Templates.englishNames(), Blind17Templates.pinyinWritten(),
                        Blind17Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind17Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        if (v.length() == 15) {
            assertThat(TemplateChecks.legacyIdValid(v)).as(v + " 15-digit number with a valid birth date").isTrue();
            return;
        }
        assertThat(v).matches("\\d{17}[\\dXx]|\\d{6}-\\d{8}-\\d{3}[\\dXx]|\\d{6} \\d{4} \\d{4} \\d{3}[\\dXx]");
        String id = v.replaceAll("[- ]", "").replace('x', 'X');
        TemplateChecks.checkResidentId(v, id);
    }

    private static void checkBankCard(String written) {
        assertThat(written).as(written).matches("\\d{16}|\\d{19}|(\\d{4} ){3,4}\\d{3,4}|\\d{6} \\d{10}|\\d{6} \\d{13}");
        TemplateChecks.checkBankCard(written);
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind17Templates.isPoolName(value)).as("name from the BLIND_17 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches("Z(1[6-9]|2[0-5])-\\d{6}|(1[6-9]|2[0-5])\\d{5}|OP\\d{8}"
                    + "|JZ20(1[6-9]|2[0-5])\\d{6}|DA(5301|5303|5329|5201|5205|1401|1402|1407)-\\d{7}");
            case INSURANCE -> assertThat(value).matches("YBGZ\\d{10}|NH\\d{11}|SXYB-\\d{4}-\\d{6}|YN53\\d{9}");
            case BANK_CARD -> checkBankCard(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(
                    "(云南省|贵州省|山西省)?(昆明市|曲靖市|贵阳市|太原市|大理白族自治州|毕节市|大同市|晋中市)\\S+?"
                            + "(\\d+(号|室)|村|组|路|街)");
        }
    }
}
