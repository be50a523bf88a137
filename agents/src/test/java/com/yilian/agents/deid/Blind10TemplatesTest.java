package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the tenth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, address
 * terms label the surname only and a given name used alone the given name, identity numbers (also with a lower-case x) carry a
 * valid check digit and bank cards a valid Luhn digit, no pool name stands anywhere in the text outside a labelled
 * span, and the pools are new and mostly not ordinary words. No de-identifier is run here: the group stays blind until
 * it is measured once.
 */
class Blind10TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;

    private static Map<String, EntityKind> phi() {
        return TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "EG");
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind10Templates.BLIND_10).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(Blind10Templates.BLIND_10).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
                .doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5)
                .doesNotContainAnyElementsOf(Blind6Templates.BLIND_6)
                .doesNotContainAnyElementsOf(Blind7Templates.BLIND_7)
                .doesNotContainAnyElementsOf(Blind8Templates.BLIND_8)
                .doesNotContainAnyElementsOf(Blind9Templates.BLIND_9);
        List<String> used = Blind10Templates.BLIND_10.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "PG", "EG", "ES", "MN", "DS",
                "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "E", "E2", "P", "F", "DR");
        long english = TemplateChecks.mostlyLatin(Blind10Templates.BLIND_10);
        assertThat(english).as("English or mostly English templates").isBetween(6L, 12L);
        TemplateChecks.checkSlots(Blind10Templates.BLIND_10, PHI);
        TemplateChecks.checkNoStrayBraces(Blind10Templates.BLIND_10);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind10Templates.BLIND_10, checkedNames(), Blind10Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind10Templates.BLIND_10, Blind10Templates.SEED, PHI,
                Blind10TemplatesTest::checkValue);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind10Templates.BLIND_10, Blind10Templates.SEED, PHI,
                Blind10Templates::surnameOf, Blind10Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind10Templates.surnameOf("欧阳淑贞")).isEqualTo("欧阳");
        assertThat(Blind10Templates.surnameOf("王陈秀英")).isEqualTo("王");
        assertThat(Blind10Templates.givenNameOf("王陈秀英")).isEqualTo("秀英");
        assertThat(Blind10Templates.addressedGivenName("徐沁")).isEqualTo("徐沁");
    }

    @Test
    void identityNumbersCarryAValidCheckDigitAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, cards = 0;
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind10Templates.SEED, Blind10Templates.BLIND_10)
                .generate(1500);
        for (LabelledRecord r : records) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    String id = v.replace(" ", "");
                    if (id.endsWith("x")) lower++;
                    id = id.replace('x', 'X');
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
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(cards).isGreaterThan(20);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind10Templates.SEED, Blind10Templates.BLIND_10)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind10TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind10Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind10Templates.fullNameOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind10Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind10Templates.minorityNames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind10Templates.englishNames().toList());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind10Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind10Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind10Templates.compoundSurnames());
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind10Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind10Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind10Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind10Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind10Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind10Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        List<Class<?>> older = OlderGroups.upTo(9);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(9);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind10Templates.minorityNames(),
                Blind10Templates.englishSurnames().toList(), Blind10Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, and English family and given names of three letters or more (as whole words).
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind10Templates.chineseNames().stream(), Blind10Templates.minorityNames().stream(),
                        Blind10Templates.compoundSurnames().stream(), Blind10Templates.englishNames(),
                        Blind10Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind10Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind10Templates.isPoolName(value)).as("name from the BLIND_10 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(value).matches("\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]");
            case PHONE -> assertThat(value).matches("[+(\\d][\\d +()－-]{5,}\\d");
            case MEDICAL_RECORD -> assertThat(value).matches("(MZ|ZYH)?\\d{7,17}");
            case INSURANCE -> assertThat(value).matches("(XNH)?\\d{9,14}");
            case BANK_CARD -> assertThat(value).matches("\\d[\\d ]{14,}\\d");
            case BIRTH_DATE -> assertThat(value).matches(".*\\d{4}.*");
            case ADDRESS -> assertThat(value).matches(".+[省市县区乡镇].+\\d+[号组室]");
            default -> assertThat(value).isNotBlank();
        }
    }
}
