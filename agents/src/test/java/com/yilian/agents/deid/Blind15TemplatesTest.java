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
 * Well-formedness of the fifteenth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says, every
 * pool name turns up, address terms label the surname only and a given name used alone the given name, an OCR'd name
 * is the patient's name with blanks, identity numbers (also with a lower-case x or grouped 6 4 4 4) carry a valid check
 * digit and bank cards (also in fours by blanks or hyphens) a valid Luhn digit, the phone, record, insurance, address
 * and birth-date forms the group promises do occur, the decoys (herbs, eponymous institutions, bed numbers) stand in
 * the text and are never labelled, the generator is deterministic by seed, no pool name stands anywhere in the text
 * outside a labelled span, and the pools are new and mostly not ordinary words. No de-identifier is run here: the
 * group stays blind until it is measured once.
 */
class Blind15TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    /** What a literal brace may not touch once the slots are gone: a letter, digit or underscore (a mistyped slot). */
    private static final Pattern BROKEN_SLOT = Pattern.compile("\\{[A-Za-z0-9_]|[A-Za-z0-9_]}");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "EG", "PO",
                "PY"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind15Templates.BLIND_15).hasSizeBetween(120, 160).doesNotHaveDuplicates();
        assertThat(Blind15Templates.BLIND_15).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
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
                .doesNotContainAnyElementsOf(Blind14Templates.BLIND_14);
        List<String> used = Blind15Templates.BLIND_15.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "PG", "PO", "PY", "EG", "ES",
                "MN", "DS", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "NB", "E", "E2", "P", "F", "DR",
                "CODE");
        for (String slot : List.of("P", "N", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "NB", "PS", "PG", "PO")) {
            assertThat(used.stream().filter(slot::equals).count()).as("slot " + slot + " used often enough")
                    .isGreaterThanOrEqualTo(slot.equals("PO") ? 3 : 4);
        }
        long english = TemplateChecks.mostlyLatin(Blind15Templates.BLIND_15);
        assertThat(english).as("English or mostly Latin-script templates").isBetween(12L, 20L);
        TemplateChecks.checkSlots(Blind15Templates.BLIND_15, PHI);
        for (String t : Blind15Templates.BLIND_15) {
            assertThat(TemplateChecks.SLOT.matcher(t).replaceAll("")).as("mistyped slot in " + t)
                    .doesNotContainPattern(BROKEN_SLOT);
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind15Templates.BLIND_15, checkedNames(), Blind15Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind15Templates.BLIND_15, Blind15Templates.SEED, PHI,
                Blind15TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(Blind15Templates.BLIND_15, Blind15Templates.SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind15Templates.BLIND_15, Blind15Templates.SEED, PHI,
                Blind15Templates::surnameOf, Blind15Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind15Templates.surnameOf("欧阳蔚然")).isEqualTo("欧阳");
        assertThat(Blind15Templates.surnameOf("钟离秋")).isEqualTo("钟离");
        assertThat(Blind15Templates.surnameOf("太史亮")).isEqualTo("太史");
        assertThat(Blind15Templates.surnameOf("張林美惠")).isEqualTo("張");
        assertThat(Blind15Templates.givenNameOf("張林美惠")).isEqualTo("美惠");
        assertThat(Blind15Templates.surnameOf("區志雄")).isEqualTo("區");
        assertThat(Blind15Templates.addressedGivenName("呼延庚")).isEqualTo("呼延庚");
        assertThat(Blind15Templates.addressedGivenName("冉晔")).isEqualTo("冉晔");
        assertThat(Blind15Templates.addressedGivenName("廉秀云")).isEqualTo("秀云");
        assertThat(Blind15Templates.addressedGivenName("闻人馨悦")).isEqualTo("馨悦");
    }

    @Test
    void ocrNamesAreThePatientsNameWithBlanks() {
        int checked = 0, allApart = 0, surnameApart = 0;
        for (String template : Blind15Templates.BLIND_15) {
            List<String> slots = TemplateChecks.slots(template).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("PO")) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(Blind15Templates.SEED, List.of(template)).generate(30)) {
                for (int k = 0; k < r.gold().size(); k++) {
                    if (!slots.get(k % slots.size()).equals("PO")) continue;
                    String v = r.gold().get(k).in(r.text());
                    assertThat(v).as(r.text()).contains(" ");
                    assertThat(Blind15Templates.chineseNames()).as(r.text()).contains(v.replace(" ", ""));
                    if (v.replace(" ", "").length() * 2 - 1 == v.length()) allApart++;
                    else surnameApart++;
                    if (slots.contains("P")) {
                        String patient = r.gold().get(k - k % slots.size() + slots.indexOf("P")).in(r.text());
                        assertThat(v.replace(" ", "")).as(r.text()).isEqualTo(patient);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(allApart).as("every character apart").isGreaterThan(0);
        assertThat(surnameApart).as("the surname apart").isGreaterThan(0);
    }

    @Test
    void identityNumbersCarryAValidCheckDigitAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, grouped = 0, cards = 0, cardsSpaced = 0, cardsHyphenated = 0, cards19 = 0;
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind15Templates.SEED, Blind15Templates.BLIND_15)
                .generate(2500);
        for (LabelledRecord r : records) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    if (v.endsWith("x")) lower++;
                    if (v.matches("\\d{6} \\d{4} \\d{4} \\d{3}[\\dXx]")) grouped++;
                    TemplateChecks.checkResidentId(v, asciiId(v));
                    ids++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    checkBankCard(v);
                    if (v.matches("(\\d{4} )+\\d{1,4}")) cardsSpaced++;
                    if (v.matches("(\\d{4}-)+\\d{1,4}")) cardsHyphenated++;
                    if (v.replaceAll("\\D", "").length() == 19) cards19++;
                    cards++;
                }
            }
        }
        assertThat(ids).isGreaterThan(300);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(grouped).as("identity numbers grouped 6 4 4 4").isGreaterThan(0);
        assertThat(cards).isGreaterThan(50);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isGreaterThan(0);
        assertThat(cardsHyphenated).as("bank cards in fours by hyphens").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
        assertThat(Checksums.isResidentId18("52260119650312123")).isFalse();
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values =
                TemplateChecks.valuesByKind(Blind15Templates.BLIND_15, Blind15Templates.SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE), records = values.get(EntityKind.MEDICAL_RECORD),
                insurance = values.get(EntityKind.INSURANCE), addresses = values.get(EntityKind.ADDRESS),
                births = values.get(EntityKind.BIRTH_DATE);
        assertThat(phones).anyMatch(p -> p.matches("1\\d{2}-\\d{4}-\\d{4}"))
                .anyMatch(p -> p.matches("1\\d{2} \\d{4} \\d{4}")).anyMatch(p -> p.matches("\\+86 1\\d{2} \\d{4} \\d{4}"))
                .anyMatch(p -> p.matches("\\(\\+86\\)1\\d{10}")).anyMatch(p -> p.matches("1\\d{2} \\d{8}"))
                .anyMatch(p -> p.matches("1\\d{10}")).anyMatch(p -> p.matches("0\\d{3}-\\d{7}"))
                .anyMatch(p -> p.matches("0\\d{3}－\\d{7}.*")).anyMatch(p -> p.matches("0\\d{10}"))
                .anyMatch(p -> p.startsWith("(0")).anyMatch(p -> p.matches("021-\\d{4} \\d{4}.*"))
                .anyMatch(p -> p.matches("021-\\d{8}.*")).anyMatch(p -> p.contains("分机"))
                .anyMatch(p -> p.contains("转"));
        assertThat(records).anyMatch(v -> v.startsWith("MZ")).anyMatch(v -> v.startsWith("ZY"))
                .anyMatch(v -> v.matches("\\d{7}")).anyMatch(v -> v.startsWith("JZ")).anyMatch(v -> v.startsWith("KQ-"))
                .anyMatch(v -> v.startsWith("HIS"));
        assertThat(insurance).anyMatch(v -> v.startsWith("NH")).anyMatch(v -> v.startsWith("CX"))
                .anyMatch(v -> v.startsWith("YB")).anyMatch(v -> v.matches("[A-Z]{2}\\d{7}"));
        assertThat(addresses).anyMatch(a -> a.contains("栋") && a.contains("单元") && a.endsWith("室"))
                .anyMatch(a -> a.contains("弄") && a.startsWith("上海市")).anyMatch(a -> a.contains("弄") && !a.startsWith("上海"))
                .anyMatch(a -> a.contains("嘎查") && a.contains("旗")).anyMatch(a -> a.contains("苏木"))
                .anyMatch(a -> a.contains("村") && a.contains("组")).anyMatch(a -> a.contains("村") && a.contains("社"))
                .anyMatch(a -> a.startsWith("贵州省")).anyMatch(a -> a.startsWith("黔东南") || a.startsWith("毕节"))
                .anyMatch(a -> a.startsWith("内蒙古自治区")).anyMatch(a -> a.startsWith("赤峰") || a.startsWith("通辽"))
                .anyMatch(a -> a.contains("街道")).anyMatch(a -> a.contains("自治州"));
        assertThat(births).anyMatch(b -> b.matches("19\\d{2}年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(b -> b.matches("19\\d{2}-\\d{2}-\\d{2}")).anyMatch(b -> b.matches("19\\d{2}\\.\\d{2}\\.\\d{2}"))
                .anyMatch(b -> b.matches("19\\d{6}")).anyMatch(b -> b.matches("19\\d{2}年\\d{2}月"))
                .anyMatch(b -> b.matches("一九[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日"))
                .anyMatch(b -> b.matches("19\\d{2}/\\d{1,2}/\\d{1,2}")).anyMatch(b -> b.matches("\\d{2}年\\d{1,2}月\\d{1,2}号"))
                .anyMatch(b -> b.matches("\\d{2}-[A-Z][a-z]{2}-19\\d{2}"))
                .anyMatch(b -> b.matches("[A-Z][a-z]{2} \\d{1,2}, 19\\d{2}"))
                .anyMatch(b -> b.matches("\\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 19\\d{2}"))
                .anyMatch(b -> b.matches("\\d{2}/\\d{2}/19\\d{2}"))
                .anyMatch(b -> b.matches("20[12]\\d年\\d{1,2}月\\d{1,2}日")).anyMatch(b -> b.matches("20[12]\\d年\\d{1,2}月"))
                .anyMatch(b -> b.matches("20[12]\\d\\.\\d{1,2}\\.\\d{1,2}"));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        List<String> decoys = List.of("王不留行", "白头翁", "当归", "黄芪", "马钱子", "白求恩国际和平医院", "李时珍中医院",
                "宋庆龄基金会", "西江镇卫生院", "雷山县人民医院", "凯里市第三中学", "马上", "高峰期", "黄疸", "石膏", "文明病房",
                "东北口音", "南方人", "床号", "预约序号", "批号");
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(Blind15Templates.BLIND_15, Blind15Templates.SEED, RECORDS,
                decoys);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind15Templates.SEED, Blind15Templates.BLIND_15)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind15TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind15Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind15Templates.fullNameOf(value));
                }
                if (s.kind() == EntityKind.NAME && Blind15Templates.pinyinOf(value) != null) {
                    pinyin.add(Blind15Templates.pinyinOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind15Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind15Templates.minorityNames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind15Templates.englishNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind15Templates.pinyinNames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind15Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind15Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind15Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind15Templates.compoundSurnames());
        assertThat(labelledValues).as("pinyin names in capitals and in title case")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+")).anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z]+"));
        assertThat(labelledValues).as("traditional-character names").anyMatch(v -> v.contains("區") || v.contains("鍾"));
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind15Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind15Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind15Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind15Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind15Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind15Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind15Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        List<Class<?>> older = OlderGroups.upTo(14);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(14);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind15Templates.minorityNames(),
                Blind15Templates.englishSurnames().toList(), Blind15Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderEnglish = new HashSet<>();
        for (Class<?> c : older) {
            for (String n : TemplateChecks.list(c, "ENGLISH")) {
                String[] p = n.split("\\|");
                olderEnglish.add((p[0] + " " + p[1]).toLowerCase());
                olderEnglish.add((p[1] + " " + p[0]).toLowerCase());
            }
        }
        assertThat(Blind15Templates.pinyinWritten().map(String::toLowerCase)).as("pinyin names that are not new")
                .noneMatch(olderEnglish::contains);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, pinyin names as written, and English family and given names of three letters or more (whole words).
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind15Templates.chineseNames().stream(), Blind15Templates.minorityNames().stream(),
                        Blind15Templates.compoundSurnames().stream(), Blind15Templates.englishNames(),
                        Blind15Templates.pinyinWritten(),
                        Blind15Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind15Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static String asciiId(String written) {
        return written.replace(" ", "").replace('x', 'X');
    }

    private static void checkBankCard(String written) {
        assertThat(written).as(written).matches("\\d{16}|\\d{19}|(\\d{4} ){3,4}\\d{3,4}|(\\d{4}-){3,4}\\d{3,4}");
        TemplateChecks.checkBankCard(written.replace("-", ""));
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind15Templates.isPoolName(value)).as("name from the BLIND_15 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> {
                assertThat(value).matches("\\d{17}[\\dXx]|\\d{6} \\d{4} \\d{4} \\d{3}[\\dXx]");
                TemplateChecks.checkResidentId(value, asciiId(value));
            }
            case PHONE -> assertThat(value).matches("(1[3-9]\\d{9}|1[3-9]\\d([ -])\\d{4}\\2\\d{4}|1[3-9]\\d \\d{8}"
                    + "|\\+86 1[3-9]\\d \\d{4} \\d{4}|\\(\\+86\\)1[3-9]\\d{9}"
                    + "|((\\(0\\d{3}\\)|0\\d{3}[-－]?)[2-8]\\d{6}|021-[2-8]\\d{3} ?\\d{4})(分机\\d{3,4}|转\\d{3})?)");
            case MEDICAL_RECORD -> assertThat(value).matches("MZ20\\d{8}|ZY\\d{8}|[1-9]\\d{6}|JZ\\d{2}-\\d{5}"
                    + "|KQ-20\\d{2}-\\d{4}|HIS\\d{9}");
            case INSURANCE -> assertThat(value).matches("NH\\d{16}|CX\\d{14}|YB5\\d{2}-\\d{9}|[A-HJ-NP-Z]{2}\\d{7}");
            case BANK_CARD -> checkBankCard(value);
            case BIRTH_DATE -> assertThat(value).as(value).matches("(19|20)\\d{2}(年\\d{1,2}月(\\d{1,2}日)?"
                            + "|-\\d{2}-\\d{2}|\\.\\d{2}\\.\\d{2}|\\d{4}|/\\d{1,2}/\\d{1,2}|\\.\\d{1,2}\\.\\d{1,2})"
                            + "|\\d{2}年\\d{1,2}月\\d{1,2}号"
                            + "|[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日"
                            + "|\\d{2}-[A-Z][a-z]{2}-(19|20)\\d{2}|[A-Z][a-z]{2} \\d{1,2}, (19|20)\\d{2}"
                            + "|\\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ (19|20)\\d{2}|\\d{2}/\\d{2}/(19|20)\\d{2}")
                    .doesNotEndWith("生").doesNotStartWith("生").doesNotStartWith("出生");
            case ADDRESS -> assertThat(value).matches(".+(省|市|县|区|旗|乡|镇|苏木|街道).+\\d+(号|室)")
                    .doesNotContain(" ");
        }
    }
}
