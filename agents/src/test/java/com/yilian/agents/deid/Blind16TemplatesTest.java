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
 * Well-formedness of the sixteenth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says, every
 * pool name turns up, address terms label the surname only, a given name used alone the given name and 阿X the last
 * character of the patient's given name, resident identity numbers (also with a lower-case x, in full-width digits or
 * grouped 6 8 4) carry a valid GB 11643 check character, Hong Kong and Taiwan identity numbers their own check
 * characters (checked here by an independent implementation), bank cards a valid Luhn digit, the phone, record,
 * insurance, address and birth-date forms the group promises do occur, the decoys (herbs, eponymous hospitals, service
 * hotlines, card tails, staff and specimen numbers) stand in the text and are never labelled, the generator is
 * deterministic by seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new and
 * mostly not ordinary words. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind16TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    /** What a literal brace may not touch once the slots are gone: a letter, digit or underscore (a mistyped slot). */
    private static final Pattern BROKEN_SLOT = Pattern.compile("\\{[A-Za-z0-9_]|[A-Za-z0-9_]}");
    private static final List<String> PHONES = List.of(
            // Mainland mobiles.
            "1[3-9]\\d{9}", "1[3-9]\\d-\\d{4}-\\d{4}", "1[3-9]\\d \\d{4} \\d{4}", "\\+86 1[3-9]\\d-\\d{4}-\\d{4}",
            "86-1[3-9]\\d{9}", "１[３-９][０-９]{9}",
            // Mainland landlines, with an extension after # or -.
            "(0\\d{2,3}[ -]|\\(0\\d{2,3}\\))[2-8]\\d{6,7}(#\\d{3,4})?", "0\\d{2,3}-[2-8]\\d{6,7}-\\d{4}",
            "0\\d{2,3}-[2-8]\\d{2,3}-\\d{4}(#\\d{3,4})?",
            // Hong Kong and Taiwan.
            "\\(852\\) [2569]\\d{7}", "\\+852 [2569]\\d{3} \\d{4}", "09\\d{2}-\\d{3}-\\d{3}", "\\+886 9\\d{2} \\d{3} \\d{3}",
            "\\(0[247]\\)2\\d{3}-\\d{4}");
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{1,2}-\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}",
            "(19|20)\\d{2}年\\d{1,2}月", "(19|20)\\d{2}-\\d{2}",
            "[一二][〇一二三四五六七八九]{3}年(十[一二]?|[一二三四五六七八九])月", "\\d{1,2} [A-Z][a-z]+ (19|20)\\d{2}",
            "[A-Z][a-z]+ \\d{1,2}(st|nd|rd|th), (19|20)\\d{2}", "\\d{2} [A-Z]{3} (19|20)\\d{2}",
            "(19|20)\\d{2}-[A-Z][a-z]{2}-\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}", "民國\\d{2}年\\d{1,2}月\\d{1,2}日",
            "\\d{2}年\\d{1,2}月\\d{1,2}日", "0\\d{2}/\\d{2}/\\d{2}", "民國\\d{2}\\.\\d{2}\\.\\d{2}");
    /** Taiwan letters in the order of their codes 10 to 35 (I, O, W, Z sit out of alphabetical order). */
    private static final Map<Character, Integer> TAIWAN_CODES = taiwanCodes();

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "EG", "PA",
                "PY"));
        phi.put("HKID", EntityKind.ID_NUMBER);
        phi.put("TWID", EntityKind.ID_NUMBER);
        phi.put("HKP", EntityKind.PHONE);
        phi.put("TWP", EntityKind.PHONE);
        phi.put("HKA", EntityKind.ADDRESS);
        phi.put("TWA", EntityKind.ADDRESS);
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("DOBR", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static Map<Character, Integer> taiwanCodes() {
        Map<Character, Integer> codes = new HashMap<>();
        String table = "A10 B11 C12 D13 E14 F15 G16 H17 I34 J18 K19 L20 M21 N22 O35 P23 Q24 R25 S26 T27 U28 V29 W32 "
                + "X30 Y31 Z33";
        for (String e : table.split(" ")) codes.put(e.charAt(0), Integer.parseInt(e.substring(1)));
        return Map.copyOf(codes);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind16Templates.BLIND_16).hasSizeBetween(130, 190).doesNotHaveDuplicates();
        assertThat(Blind16Templates.BLIND_16).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
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
                .doesNotContainAnyElementsOf(Blind15Templates.BLIND_15);
        List<String> used = Blind16Templates.BLIND_16.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "PG", "PA", "PY", "EG", "ES",
                "MN", "DS", "ID", "HKID", "TWID", "M", "L", "HKP", "TWP", "R", "I", "B", "A", "A0", "HKA", "TWA", "DOB",
                "DOBE", "DOBR", "NB", "E", "E2", "P", "F", "DR", "CODE");
        for (String slot : List.of("P", "N", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "NB", "PS", "PG",
                "PA", "PY", "HKID", "HKP", "HKA", "TWID", "TWP", "TWA", "DOBR")) {
            assertThat(used.stream().filter(slot::equals).count()).as("slot " + slot + " used often enough")
                    .isGreaterThanOrEqualTo(slot.startsWith("TW") || slot.equals("DOBR") ? 3 : 4);
        }
        long english = TemplateChecks.mostlyLatin(Blind16Templates.BLIND_16);
        assertThat(english).as("English or mostly Latin-script templates").isBetween(18L, 26L);
        TemplateChecks.checkSlots(Blind16Templates.BLIND_16, PHI);
        for (String t : Blind16Templates.BLIND_16) {
            assertThat(TemplateChecks.SLOT.matcher(t).replaceAll("")).as("mistyped slot in " + t)
                    .doesNotContainPattern(BROKEN_SLOT);
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind16Templates.BLIND_16, checkedNames(), Blind16Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind16Templates.BLIND_16, Blind16Templates.SEED, PHI,
                Blind16TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(Blind16Templates.BLIND_16, Blind16Templates.SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind16Templates.BLIND_16, Blind16Templates.SEED, PHI,
                Blind16Templates::surnameOf, Blind16Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind16Templates.surnameOf("第五春生")).isEqualTo("第五");
        assertThat(Blind16Templates.surnameOf("万俟雪")).isEqualTo("万俟");
        assertThat(Blind16Templates.surnameOf("长孙淳")).isEqualTo("长孙");
        assertThat(Blind16Templates.surnameOf("陳黃美玲")).isEqualTo("陳");
        assertThat(Blind16Templates.givenNameOf("陳黃美玲")).isEqualTo("美玲");
        assertThat(Blind16Templates.givenNameOf("李何慧娟")).isEqualTo("慧娟");
        assertThat(Blind16Templates.surnameOf("禤伟棠")).isEqualTo("禤");
        assertThat(Blind16Templates.addressedGivenName("冼颖")).isEqualTo("冼颖");
        assertThat(Blind16Templates.addressedGivenName("令狐婧")).isEqualTo("令狐婧");
        assertThat(Blind16Templates.addressedGivenName("冼润娣")).isEqualTo("润娣");
        assertThat(Blind16Templates.addressedGivenName("司马承焘")).isEqualTo("承焘");
    }

    @Test
    void ahNamesAreTheLastCharacterOfThePatientsName() {
        int checked = 0;
        for (String template : Blind16Templates.BLIND_16) {
            List<String> slots = TemplateChecks.slots(template).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("PA")) continue;
            assertThat(slots).as(template).contains("P");
            assertThat(template).as(template).contains("阿{PA}");
            for (LabelledRecord r : new ClinicalTextGenerator(Blind16Templates.SEED, List.of(template)).generate(30)) {
                for (int k = 0; k < r.gold().size(); k++) {
                    if (!slots.get(k % slots.size()).equals("PA")) continue;
                    String v = r.gold().get(k).in(r.text());
                    String patient = r.gold().get(k - k % slots.size() + slots.indexOf("P")).in(r.text());
                    assertThat(v).as(r.text()).hasSize(1);
                    assertThat(patient).as(r.text()).endsWith(v);
                    assertThat(r.text().charAt(r.gold().get(k).start() - 1)).as(r.text()).isEqualTo('阿');
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind16Templates.ahName("冼润娣")).isEqualTo("娣");
        assertThat(Blind16Templates.ahName("第五春生")).isEqualTo("生");
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, grouped = 0, fullWidth = 0, permits = 0, hk = 0, hkParen = 0, hkFullParen = 0,
                hkBare = 0, hkTwoLetters = 0, tw = 0;
        int cards = 0, cardsSpaced = 0, cardsHyphenated = 0, cards19 = 0;
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind16Templates.SEED, Blind16Templates.BLIND_16)
                .generate(2500);
        for (LabelledRecord r : records) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    checkIdentity(v);
                    if (v.matches("[A-Z][12]\\d{8}")) {
                        tw++;
                    } else if (v.matches("[A-Z]{1,2}\\d{6}.*")) {
                        hk++;
                        if (v.endsWith(")")) hkParen++;
                        if (v.endsWith("）")) hkFullParen++;
                        if (v.matches("[A-Z]{1,2}\\d{6}[\\dA]")) hkBare++;
                        if (v.matches("[A-Z]{2}.*")) hkTwoLetters++;
                    } else {
                        if (v.endsWith("x")) lower++;
                        if (v.matches("\\d{6} \\d{8} \\d{3}[\\dXx]")) grouped++;
                        if (v.chars().anyMatch(c -> c >= '０' && c <= '９')) fullWidth++;
                        if (asciiId(v).startsWith("810000") || asciiId(v).startsWith("830000")) permits++;
                        ids++;
                    }
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
        assertThat(grouped).as("identity numbers grouped 6 8 4").isGreaterThan(0);
        assertThat(fullWidth).as("identity numbers in full-width digits").isGreaterThan(0);
        assertThat(permits).as("Hong Kong and Taiwan residence permits").isGreaterThan(0);
        assertThat(hk).as("Hong Kong identity cards").isGreaterThan(30);
        assertThat(hkParen).isGreaterThan(0);
        assertThat(hkFullParen).isGreaterThan(0);
        assertThat(hkBare).isGreaterThan(0);
        assertThat(hkTwoLetters).isGreaterThan(0);
        assertThat(tw).as("Taiwan identification numbers").isGreaterThan(20);
        assertThat(cards).isGreaterThan(50);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isGreaterThan(0);
        assertThat(cardsHyphenated).as("bank cards in fours by hyphens").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
        // The independent checks reject wrong check characters, and agree with published examples.
        assertThat(hongKongIdValid("G123456(A)")).isTrue();
        assertThat(hongKongIdValid("G123456(3)")).isFalse();
        assertThat(taiwanIdValid("A123456789")).isTrue();
        assertThat(taiwanIdValid("A123456788")).isFalse();
        assertThat(Blind16Templates.hongKongIdCheck("G123456")).isEqualTo('A');
        assertThat(Blind16Templates.taiwanIdCheck("A12345678")).isEqualTo('9');
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values =
                TemplateChecks.valuesByKind(Blind16Templates.BLIND_16, Blind16Templates.SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE), records = values.get(EntityKind.MEDICAL_RECORD),
                insurance = values.get(EntityKind.INSURANCE), addresses = values.get(EntityKind.ADDRESS),
                births = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        assertThat(phones).anyMatch(p -> p.contains("#")).anyMatch(p -> p.matches("0\\d{3}-\\d{8}-\\d{4}"))
                .anyMatch(p -> p.matches("0797-\\d{7}")).anyMatch(p -> p.matches("020-\\d{8}"));
        assertThat(records).anyMatch(v -> v.startsWith("ZYH")).anyMatch(v -> v.matches("00\\d{8}"))
                .anyMatch(v -> v.startsWith("BA-")).anyMatch(v -> v.startsWith("JZK")).anyMatch(v -> v.startsWith("MZH"))
                .anyMatch(v -> v.startsWith("HN"));
        assertThat(insurance).anyMatch(v -> v.startsWith("SB")).anyMatch(v -> v.startsWith("YB44"))
                .anyMatch(v -> v.startsWith("ZG")).anyMatch(v -> v.startsWith("CB-"));
        assertThat(addresses).anyMatch(a -> a.contains("号之") && a.endsWith("房"))
                .anyMatch(a -> a.startsWith("广东省广州市")).anyMatch(a -> a.startsWith("广州市"))
                .anyMatch(a -> a.contains("社区")).anyMatch(a -> a.contains("座") && a.endsWith("室"))
                .anyMatch(a -> a.contains("巷")).anyMatch(a -> a.contains("组") && a.contains("村"))
                .anyMatch(a -> a.endsWith("村")).anyMatch(a -> a.startsWith("福建省")).anyMatch(a -> a.startsWith("江西省"))
                .anyMatch(a -> a.startsWith("海南省")).anyMatch(a -> a.startsWith("儋州") || a.startsWith("海口"))
                .anyMatch(a -> a.startsWith("香港") && a.contains("邨")).anyMatch(a -> a.startsWith("香港") && a.contains("號"))
                .anyMatch(a -> a.startsWith("臺北市") && a.endsWith("樓")).anyMatch(a -> a.contains("巷") && a.endsWith("號"));
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, births);
        assertThat(births).as("children's dates").anyMatch(b -> b.matches("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(b -> b.matches("20(1[4-9]|2\\d)/\\d{1,2}/\\d{1,2}"));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        List<String> decoys = List.of("徐长卿", "刘寄奴", "何首乌", "田七", "杜仲", "陈皮", "孙逸仙纪念医院", "梁銶琚医院",
                "何贤纪念医院", "邵逸夫医院", "高兴", "黄金周", "叶酸", "白细胞", "金额", "江湖郎中", "香港脚", "潮汕口音",
                "南洋", "皇岗口岸", "热线400-830-1203", "拨打400-830-1203", "拨12320", "12345热线", "尾号8842", "工号0817",
                "ext 4410", "bleep 2231", "岭东中心血站", "东湖街社区卫生服务中心", "石塘镇卫生院", "禾坪茶餐厅",
                "出生地点：广东省东莞市", "籍贯江西于都", "床号", "筛选号：S017", "P24-03117", "看診序號23", "监室12");
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(Blind16Templates.BLIND_16, Blind16Templates.SEED, RECORDS,
                decoys);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind16Templates.SEED, Blind16Templates.BLIND_16)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> romanised = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind16TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind16Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind16Templates.fullNameOf(value));
                }
                if (s.kind() == EntityKind.NAME && Blind16Templates.romanisedOf(value) != null) {
                    romanised.add(Blind16Templates.romanisedOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind16Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind16Templates.minorityNames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind16Templates.englishNames().toList());
        assertThat(romanised).as("every romanised pool name is drawn").containsAll(Blind16Templates.romanisedNames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind16Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind16Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind16Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind16Templates.compoundSurnames());
        assertThat(labelledValues).as("romanised names in each written form")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z][a-z]+-[a-z]+")).anyMatch(v -> v.matches("[A-Z]+, [A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+-[a-z]+ [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z]+ [A-Z]+ [A-Z]+"));
        assertThat(labelledValues).as("traditional-character names")
                .anyMatch(v -> v.contains("陳") || v.contains("張") || v.contains("黃"));
        assertThat(labelledValues).as("single-character 阿X names").anyMatch(v -> v.length() == 1);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind16Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind16Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind16Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind16Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind16Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind16Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind16Templates.romanisedNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        List<Class<?>> older = OlderGroups.upTo(15);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(15);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind16Templates.minorityNames(),
                Blind16Templates.englishSurnames().toList(), Blind16Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderLatin = new HashSet<>();
        for (Class<?> c : older) {
            for (String n : TemplateChecks.list(c, "ENGLISH")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (Class<?> c : List.of(Blind5Templates.class, Blind6Templates.class, Blind15Templates.class)) {
            for (String n : TemplateChecks.list(c, "PINYIN")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        assertThat(Blind16Templates.romanisedNames().stream().map(TemplateChecks::latinPairKey))
                .as("romanised names that are not new").noneMatch(olderLatin::contains);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, romanised names as written, and English family and given names of three letters or more (whole words).
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind16Templates.chineseNames().stream(), Blind16Templates.minorityNames().stream(),
                        Blind16Templates.compoundSurnames().stream(), Blind16Templates.englishNames(),
                        Blind16Templates.romanisedWritten(),
                        Blind16Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind16Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    /** A mainland number as ASCII: full-width digits narrowed, blanks removed, the check letter upper case. */
    private static String asciiId(String written) {
        StringBuilder b = new StringBuilder();
        for (char c : written.toCharArray()) {
            if (c >= '０' && c <= '９') b.append((char) (c - '０' + '0'));
            else if (c != ' ') b.append(c == 'x' ? 'X' : c);
        }
        return b.toString();
    }

    private static void checkIdentity(String v) {
        if (v.matches("[A-Z]{1,2}\\d{6}(\\([\\dA]\\)|（[\\dA]）|[\\dA])")) {
            assertThat(hongKongIdValid(v)).as(v + " Hong Kong check character").isTrue();
        } else if (v.matches("[A-Z][12]\\d{8}")) {
            assertThat(taiwanIdValid(v)).as(v + " Taiwan check digit").isTrue();
        } else {
            assertThat(v).matches("\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dXx]|[０-９]{17}[０-９X]");
            TemplateChecks.checkResidentId(v, asciiId(v));
        }
    }

    /** Hong Kong: a blank (36) or letters (A=10), six digits and the check, weighted 9 to 1, sum divisible by 11. */
    static boolean hongKongIdValid(String written) {
        String s = written.replaceAll("[()（）]", "");
        if (s.length() == 8) s = " " + s;
        if (!s.matches("[ A-Z][A-Z]\\d{6}[\\dA]")) return false;
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = s.charAt(i);
            int value = c == ' ' ? 36 : c == 'A' && i == 8 ? 10 : Character.isLetter(c) ? c - 'A' + 10 : c - '0';
            sum += value * (9 - i);
        }
        return sum % 11 == 0;
    }

    /** Taiwan: the letter's code as two digits weighted 1 and 9, then the nine digits weighted 8 to 1 and 1. */
    static boolean taiwanIdValid(String id) {
        if (!id.matches("[A-Z][12]\\d{8}")) return false;
        int code = TAIWAN_CODES.get(id.charAt(0));
        int sum = code / 10 + code % 10 * 9;
        int[] weights = {8, 7, 6, 5, 4, 3, 2, 1, 1};
        for (int i = 0; i < 9; i++) sum += (id.charAt(i + 1) - '0') * weights[i];
        return sum % 10 == 0;
    }

    private static void checkBankCard(String written) {
        assertThat(written).as(written).matches("\\d{16}|\\d{19}|(\\d{4} ){3,4}\\d{3,4}|(\\d{4}-){3,4}\\d{3,4}");
        TemplateChecks.checkBankCard(written.replace("-", ""));
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind16Templates.isPoolName(value)).as("name from the BLIND_16 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches("ZYH20[12]\\d{6}|00[1-9]\\d{7}|BA-\\d{6}|JZK\\d{8}"
                    + "|MZH[12]\\d-\\d{6}|HN\\d{8}");
            case INSURANCE -> assertThat(value).matches("SB\\d{10}|YB44(0[1-9]|1\\d|20)-\\d{8}|ZG\\d{12}|CB-\\d{9}");
            case BANK_CARD -> checkBankCard(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(
                    "(广东省|福建省|江西省|海南省)?[^省]+?(市|县|区|镇).+(\\d+(号|房|室)|村)"
                            + "|香港(九龍|島|新界).+\\d+樓.*室|(臺北市|臺中市|高雄市).+區.+\\d+號(\\d+樓)?");
        }
    }
}
