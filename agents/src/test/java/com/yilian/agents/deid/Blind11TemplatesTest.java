package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the eleventh blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, address
 * terms label the surname only and a given name used alone the given name, identity numbers (also with a lower-case x,
 * in full-width digits or dictated in Chinese digits) carry a valid check digit and bank cards a valid Luhn digit, no pool name stands anywhere in the text outside a labelled
 * span, and the pools are new and mostly not ordinary words. No de-identifier is run here: the group stays blind until
 * it is measured once.
 */
class Blind11TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "PW", "EG"));
        phi.put("IDF", EntityKind.ID_NUMBER);
        phi.put("IDV", EntityKind.ID_NUMBER);
        phi.put("MF", EntityKind.PHONE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("DOBC", EntityKind.BIRTH_DATE);
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind11Templates.BLIND_11).hasSizeBetween(55, 70).doesNotHaveDuplicates();
        assertThat(Blind11Templates.BLIND_11).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
                .doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5)
                .doesNotContainAnyElementsOf(Blind6Templates.BLIND_6)
                .doesNotContainAnyElementsOf(Blind7Templates.BLIND_7)
                .doesNotContainAnyElementsOf(Blind8Templates.BLIND_8)
                .doesNotContainAnyElementsOf(Blind9Templates.BLIND_9)
                .doesNotContainAnyElementsOf(Blind10Templates.BLIND_10);
        List<String> used = Blind11Templates.BLIND_11.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "PG", "PW", "EG", "ES", "MN",
                "DS", "ID", "IDF", "IDV", "M", "MF", "MV", "L", "R", "I", "B", "A", "A0", "DOB", "DOBC", "DOBE", "NB", "E",
                "E2", "E3", "P", "F", "DR");
        long english = TemplateChecks.mostlyLatin(Blind11Templates.BLIND_11);
        assertThat(english).as("English or mostly English templates").isBetween(5L, 9L);
        TemplateChecks.checkSlots(Blind11Templates.BLIND_11, PHI);
        TemplateChecks.checkNoStrayBraces(Blind11Templates.BLIND_11);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind11Templates.BLIND_11, checkedNames(), Blind11Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind11Templates.BLIND_11, Blind11Templates.SEED, PHI,
                Blind11TemplatesTest::checkValue);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind11Templates.BLIND_11, Blind11Templates.SEED, PHI,
                Blind11Templates::surnameOf, Blind11Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind11Templates.surnameOf("司徒美珊")).isEqualTo("司徒");
        assertThat(Blind11Templates.surnameOf("第五建平")).isEqualTo("第五");
        assertThat(Blind11Templates.surnameOf("万里")).as("万 is not 万俟").isEqualTo("万");
        assertThat(Blind11Templates.surnameOf("张王桂兰")).isEqualTo("张");
        assertThat(Blind11Templates.givenNameOf("张王桂兰")).isEqualTo("桂兰");
        assertThat(Blind11Templates.addressedGivenName("宇文韬")).isEqualTo("宇文韬");
        assertThat(Blind11Templates.addressedGivenName("东方既白")).isEqualTo("既白");
    }

    @Test
    void identityNumbersCarryAValidCheckDigitAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, fullWidth = 0, spoken = 0, cards = 0;
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind11Templates.SEED, Blind11Templates.BLIND_11)
                .generate(2500);
        for (LabelledRecord r : records) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    if (v.endsWith("x")) lower++;
                    if (v.chars().anyMatch(c -> c >= '０' && c <= '９')) fullWidth++;
                    if (v.chars().anyMatch(c -> "零一二三四五六七八九幺".indexOf(c) >= 0)) spoken++;
                    String id = Blind11Templates.toAsciiDigits(v);
                    TemplateChecks.checkResidentId(v, id);
                    ids++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    TemplateChecks.checkBankCard(v.replace("-", " "));
                    cards++;
                }
            }
        }
        assertThat(ids).isGreaterThan(100);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(fullWidth).as("identity numbers in full-width digits").isGreaterThan(0);
        assertThat(spoken).as("identity numbers dictated in Chinese digits").isGreaterThan(0);
        assertThat(cards).isGreaterThan(20);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind11Templates.SEED, Blind11Templates.BLIND_11)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind11TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind11Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind11Templates.fullNameOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind11Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind11Templates.minorityNames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind11Templates.englishNames().toList());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind11Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind11Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind11Templates.compoundSurnames());
        assertThat(labelledValues).as("OCR-spaced names (PW)").anyMatch(v -> v.contains(" ")
                && Blind11Templates.chineseNames().contains(v.replace(" ", "")));
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind11Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind11Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind11Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind11Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind11Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind11Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        List<Class<?>> older = OlderGroups.upTo(10);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(10);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind11Templates.minorityNames(),
                Blind11Templates.englishSurnames().toList(), Blind11Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, and English family and given names of three letters or more (as whole words).
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind11Templates.chineseNames().stream(), Blind11Templates.minorityNames().stream(),
                        Blind11Templates.compoundSurnames().stream(), Blind11Templates.englishNames(),
                        Blind11Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind11Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind11Templates.isPoolName(value)).as("name from the BLIND_11 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(Blind11Templates.toAsciiDigits(value)).as(value).matches("\\d{17}[\\dX]");
            case PHONE -> assertThat(Blind11Templates.toAsciiDigits(value).replace("-", "")).as(value)
                    .matches("(\\+?86)?1\\d{10}|[(（]?0\\d{2,3}[)）]?[2-8]\\d{6,7}|[2-8]\\d{6,7}");
            case MEDICAL_RECORD -> assertThat(value).matches("(MZ|ZY|JK|MZSC|A)?\\d{8,17}");
            case INSURANCE -> assertThat(value).matches("[A-H]\\d{8}|\\d{14}|YB\\d{12}|9\\d{10}");
            case BANK_CARD -> TemplateChecks.checkBankCard(value.replace("-", " "));
            case BIRTH_DATE -> assertThat(Blind11Templates.toAsciiDigits(value)).as(value).matches(".*\\d{2}.*");
            case ADDRESS -> assertThat(value).matches(".+[省市县区乡镇州].+\\d+[号组室]");
        }
    }
}
