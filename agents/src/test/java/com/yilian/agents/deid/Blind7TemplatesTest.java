package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the seventh blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, address
 * terms (老X, X姐) label the surname only, no pool name stands anywhere in the text outside a labelled span, and the
 * pools are new. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind7TemplatesTest {
    /** The generator's identifier slots and the group's own name slots. */
    private static final Map<String, EntityKind> PHI = TemplateChecks.phiWithNameSlots("N", "PS", "FS", "EG");
    private static final int RECORDS = 4000;

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind7Templates.BLIND_7).hasSizeGreaterThanOrEqualTo(55).doesNotHaveDuplicates();
        assertThat(Blind7Templates.BLIND_7).doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5)
                .doesNotContainAnyElementsOf(Blind6Templates.BLIND_6);
        List<String> used = Blind7Templates.BLIND_7.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "EG", "MN", "DS");
        long english = TemplateChecks.mostlyLatin(Blind7Templates.BLIND_7);
        assertThat(english).as("English or mostly English templates").isBetween(6L, 14L);
        TemplateChecks.checkSlots(Blind7Templates.BLIND_7, PHI);
        TemplateChecks.checkNoStrayBraces(Blind7Templates.BLIND_7);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind7Templates.BLIND_7, checkedNames(), Blind7Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind7Templates.BLIND_7, Blind7Templates.SEED, PHI,
                Blind7TemplatesTest::checkValue);
    }

    @Test
    void addressTermsLabelTheSurnameOfTheRightPerson() {
        // 老{PS}（{P}）: the labelled surname is the surname of the full name that follows it.
        String template = Blind7Templates.BLIND_7.stream().filter(t -> t.contains("老{PS}（{P}）")).findFirst()
                .orElseThrow();
        for (LabelledRecord r : new ClinicalTextGenerator(Blind7Templates.SEED, List.of(template)).generate(50)) {
            List<String> values = r.gold().stream().map(s -> r.text().substring(s.start(), s.end())).toList();
            assertThat(values.get(0)).as(r.text()).isEqualTo(Blind7Templates.surnameOf(values.get(1)));
            assertThat(r.text()).as("the surname stands right after 老").contains("老" + values.get(0) + "（");
        }
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind7Templates.SEED, Blind7Templates.BLIND_7)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind7TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = r.text().substring(s.start(), s.end());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind7Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind7Templates.fullNameOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn")
                .containsAll(Blind7Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn")
                .containsAll(Blind7Templates.minorityNames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind7Templates.englishNames().toList());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind7Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind7Templates.compoundSurnames());
    }

    @Test
    void poolsAreNewAndGiveEnoughNames() throws ReflectiveOperationException {
        assertThat(Blind7Templates.chineseNames()).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates();
        assertThat(Blind7Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind7Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        Set<String> olderNames = new HashSet<>();
        for (Class<?> c : List.of(Blind3Templates.class, Blind4Templates.class, Blind5Templates.class,
                Blind6Templates.class)) {
            olderNames.addAll(TemplateChecks.list(c, "CHINESE"));
            olderNames.addAll(TemplateChecks.list(c, "MINORITY"));
        }
        for (String name : Blind7Templates.chineseNames()) {
            assertThat(olderNames).as("in an older blind pool").doesNotContain(name);
            assertThat(TemplateChecks.syntheticValuesCanGenerate(name)).as("SyntheticValues can generate " + name).isFalse();
        }
        for (String name : Blind7Templates.minorityNames()) {
            assertThat(olderNames).as("in an older blind pool").doesNotContain(name);
            assertThat(TemplateChecks.syntheticValuesCanGenerateMinority(name)).as("SyntheticValues can generate " + name)
                    .isFalse();
        }
        Set<String> olderFamilies = new HashSet<>();
        Set<String> olderFirst = new HashSet<>();
        for (String f : List.of("EN_LAST", "EN_LAST_2", "EN_LAST_3")) {
            olderFamilies.addAll(TemplateChecks.list(SyntheticValues.class, f));
        }
        for (String f : List.of("EN_FIRST", "EN_FIRST_2", "EN_FIRST_3")) {
            olderFirst.addAll(TemplateChecks.list(SyntheticValues.class, f));
        }
        for (Class<?> c : List.of(Blind3Templates.class, Blind4Templates.class, Blind5Templates.class,
                Blind6Templates.class)) {
            for (String n : TemplateChecks.list(c, "ENGLISH")) {
                olderFamilies.add(n.substring(n.indexOf('|') + 1));
                olderFirst.add(n.substring(0, n.indexOf('|')));
            }
        }
        olderFamilies.addAll(Blind5Templates.englishSurnames().toList());
        olderFamilies.addAll(Blind6Templates.englishSurnames().toList());
        for (String family : Blind7Templates.englishSurnames().toList()) {
            assertThat(olderFamilies).as("older English family name").doesNotContain(family);
        }
        for (String first : Blind7Templates.englishGivenNames().toList()) {
            assertThat(olderFirst).as("older English given name").doesNotContain(first);
        }
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, and English family and given names of three letters or more (as whole words). Single-character Chinese
     * surnames are ordinary text.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind7Templates.chineseNames().stream(), Blind7Templates.minorityNames().stream(),
                        Blind7Templates.compoundSurnames().stream(), Blind7Templates.englishNames(),
                        Blind7Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind7Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind7Templates.isPoolName(value)).as("name from the BLIND_7 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(value).matches("\\d{17}[\\dX]|\\d{15}");
            case PHONE -> assertThat(value).matches("[+(\\d][\\d +()-]{6,}\\d");
            case MEDICAL_RECORD -> assertThat(value).matches("[A-Z]{0,3}\\d[\\d-]*\\d");
            case BANK_CARD -> assertThat(value).matches("\\d[\\d ]{10,}\\d");
            case BIRTH_DATE -> assertThat(value).matches(".*\\d{4}.*");
            default -> assertThat(value).isNotBlank();
        }
    }
}
