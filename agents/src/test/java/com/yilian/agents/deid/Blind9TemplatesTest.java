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
 * Well-formedness of the ninth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, address
 * terms label the surname only and a given name used alone the given name, identity numbers (also spoken ones) carry a
 * valid check digit and bank cards a valid Luhn digit, no pool name stands anywhere in the text outside a labelled
 * span, and the pools are new and mostly not ordinary words. No de-identifier is run here: the group stays blind until
 * it is measured once.
 */
class Blind9TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN = "零一二三四五六七八九";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "EG", "EH"));
        phi.put("IDV", EntityKind.ID_NUMBER);
        phi.put("MV", EntityKind.PHONE);
        phi.put("DV", EntityKind.BIRTH_DATE);
        phi.put("DE", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind9Templates.BLIND_9).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(Blind9Templates.BLIND_9).doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5)
                .doesNotContainAnyElementsOf(Blind6Templates.BLIND_6)
                .doesNotContainAnyElementsOf(Blind7Templates.BLIND_7)
                .doesNotContainAnyElementsOf(Blind8Templates.BLIND_8);
        List<String> used = Blind9Templates.BLIND_9.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "PG", "EG", "ES", "EH", "IDV",
                "MV", "DV", "DE", "MN", "DS", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "E", "E2");
        long english = TemplateChecks.mostlyLatin(Blind9Templates.BLIND_9);
        assertThat(english).as("English or mostly English templates").isBetween(10L, 20L);
        TemplateChecks.checkSlots(Blind9Templates.BLIND_9, PHI);
        TemplateChecks.checkNoStrayBraces(Blind9Templates.BLIND_9);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind9Templates.BLIND_9, checkedNames(), Blind9Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind9Templates.BLIND_9, Blind9Templates.SEED, PHI,
                Blind9TemplatesTest::checkValue);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind9Templates.BLIND_9, Blind9Templates.SEED, PHI,
                Blind9Templates::surnameOf, Blind9Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind9Templates.surnameOf("欧阳秋菊")).isEqualTo("欧阳");
        assertThat(Blind9Templates.givenNameOf("陈李淑芬")).isEqualTo("淑芬");
        assertThat(Blind9Templates.addressedGivenName("李婧")).isEqualTo("李婧");
    }

    @Test
    void identityNumbersCarryAValidCheckDigitAndBankCardsALuhnDigit() {
        int ids = 0, spoken = 0, cards = 0;
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind9Templates.SEED, Blind9Templates.BLIND_9)
                .generate(1500);
        for (LabelledRecord r : records) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    String id = digitsOf(v.replaceAll("[ -]", ""));
                    if (!id.equals(v.replaceAll("[ -]", ""))) spoken++;
                    TemplateChecks.checkResidentId(v, id);
                    ids++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    TemplateChecks.checkBankCard(v);
                    cards++;
                }
            }
        }
        assertThat(ids).isGreaterThan(100);
        assertThat(spoken).as("spoken identity numbers").isGreaterThan(5);
        assertThat(cards).isGreaterThan(20);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind9Templates.SEED, Blind9Templates.BLIND_9)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind9TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind9Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind9Templates.fullNameOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind9Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind9Templates.minorityNames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind9Templates.englishNames().toList());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind9Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("HL7 names (EH)").containsAnyElementsOf(Blind9Templates.hl7Names().toList());
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind9Templates.compoundSurnames());
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind9Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind9Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind9Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind9Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind9Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind9Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        List<Class<?>> older = OlderGroups.upTo(8);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(8);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind9Templates.minorityNames(),
                Blind9Templates.englishSurnames().toList(), Blind9Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, HL7 names, and English family and given names of three letters or more (as whole words).
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind9Templates.chineseNames().stream(), Blind9Templates.minorityNames().stream(),
                        Blind9Templates.compoundSurnames().stream(), Blind9Templates.englishNames(),
                        Blind9Templates.hl7Names(),
                        Blind9Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind9Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    /** Spoken digits (幺 for one, 叉 for X) as ASCII digits; other characters unchanged. */
    private static String digitsOf(String v) {
        StringBuilder b = new StringBuilder();
        for (char c : v.toCharArray()) {
            if (c == '幺') b.append('1');
            else if (c == '叉') b.append('X');
            else if (SPOKEN.indexOf(c) >= 0) b.append((char) ('0' + SPOKEN.indexOf(c)));
            else b.append(c);
        }
        return b.toString();
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind9Templates.isPoolName(value)).as("name from the BLIND_9 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(value)
                    .matches("\\d{17}[\\dX]|\\d{6}([ -])\\d{8}\\1\\d{3}[\\dX]|[零一二三四五六七八九幺]{17}[零一二三四五六七八九幺叉]");
            case PHONE -> assertThat(value).matches("[+(\\d][\\d +()-]{6,}\\d|[零一二三四五六七八九幺][零一二三四五六七八九幺 ]{10,12}");
            case MEDICAL_RECORD -> assertThat(value).matches("(ZY|P|HN-)?\\d{6,}");
            case INSURANCE -> assertThat(value).matches("[A-Z]{0,2}\\d{8,12}");
            case BANK_CARD -> assertThat(value).matches("\\d[\\d ]{14,}\\d");
            case BIRTH_DATE -> assertThat(value)
                    .matches(".*(\\d{4}|[零一二三四五六七八九]{2,4}年).*");
            case ADDRESS -> assertThat(value).matches(".+[省市县区镇旗].+\\d+[号组室]?");
            default -> assertThat(value).isNotBlank();
        }
    }
}
