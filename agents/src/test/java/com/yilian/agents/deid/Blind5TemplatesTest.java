package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the fifth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, no pool
 * name stands anywhere in the text outside a labelled span, and the pools are new. No de-identifier is run here: the
 * group stays blind until it is measured once.
 */
class Blind5TemplatesTest {
    private static final Map<String, EntityKind> PHI = TemplateChecks.PHI;
    private static final int RECORDS = 3000;

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind5Templates.BLIND_5).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(Blind5Templates.BLIND_5).doesNotContainAnyElementsOf(Blind4Templates.BLIND_4);
        TemplateChecks.checkSlots(Blind5Templates.BLIND_5, PHI);
        TemplateChecks.checkNoStrayBraces(Blind5Templates.BLIND_5);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind5Templates.BLIND_5, checkedNames(), Blind5Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind5Templates.BLIND_5, Blind5Templates.SEED, PHI,
                Blind5TemplatesTest::checkValue);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind5Templates.SEED, Blind5Templates.BLIND_5)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> idForms = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind5TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = r.text().substring(s.start(), s.end());
                if (s.kind() == EntityKind.NAME) labelledNames.add(value);
                if (s.kind() == EntityKind.ID_NUMBER) idForms.add(value.contains(" ") ? "split" : "plain");
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn")
                .containsAll(Blind5Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn")
                .containsAll(Blind5Templates.minorityNames());
        assertThat(labelledNames).as("every English and pinyin pool name is drawn")
                .containsAll(Blind5Templates.englishNames().toList());
        assertThat(labelledNames).as("compound surnames are used alone (DS)")
                .containsAnyElementsOf(Blind5Templates.compoundSurnames());
        assertThat(idForms).as("identity numbers both plain and split by spaces").contains("plain", "split");
    }

    @Test
    void poolsAreNewAndGiveEnoughNames() throws ReflectiveOperationException {
        assertThat(Blind5Templates.chineseNames()).hasSizeGreaterThanOrEqualTo(110).doesNotHaveDuplicates();
        assertThat(Blind5Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(28).doesNotHaveDuplicates();
        assertThat(Blind5Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        Set<String> olderNames = new HashSet<>();
        olderNames.addAll(TemplateChecks.list(Blind3Templates.class, "CHINESE"));
        olderNames.addAll(TemplateChecks.list(Blind3Templates.class, "MINORITY"));
        for (String name : Blind5Templates.chineseNames()) {
            assertThat(Blind4Templates.isPoolName(name)).as("in the BLIND_4 pool: " + name).isFalse();
            assertThat(olderNames).as("in the BLIND_3 pool").doesNotContain(name);
            assertThat(TemplateChecks.syntheticValuesCanGenerate(name)).as("SyntheticValues can generate " + name).isFalse();
        }
        for (String name : Blind5Templates.minorityNames()) {
            assertThat(Blind4Templates.isPoolName(name)).as("in the BLIND_4 pool: " + name).isFalse();
            assertThat(olderNames).as("in the BLIND_3 pool").doesNotContain(name);
            assertThat(TemplateChecks.syntheticValuesCanGenerateMinority(name)).as("SyntheticValues can generate " + name)
                    .isFalse();
        }
        Set<String> olderFamilies = new HashSet<>();
        for (String f : List.of("EN_LAST", "EN_LAST_2", "EN_LAST_3")) {
            olderFamilies.addAll(TemplateChecks.list(SyntheticValues.class, f));
        }
        TemplateChecks.list(Blind3Templates.class, "ENGLISH").forEach(n -> olderFamilies.add(n.substring(n.indexOf('|') + 1)));
        for (String family : Blind5Templates.englishSurnames().toList()) {
            assertThat(olderFamilies).as("older English family name").doesNotContain(family);
            assertThat(Blind4Templates.isPoolName(family)).as("in the BLIND_4 pool: " + family).isFalse();
        }
        for (String full : Blind5Templates.englishNames().toList()) {
            assertThat(Blind4Templates.isPoolName(full)).as("in the BLIND_4 pool: " + full).isFalse();
        }
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, and English family names of three letters or more (as whole words). Single-character Chinese surnames
     * and the two-letter pinyin ones (Ma, Li, QI) are ordinary text.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind5Templates.chineseNames().stream(), Blind5Templates.minorityNames().stream(),
                        Blind5Templates.compoundSurnames().stream(), Blind5Templates.englishNames(),
                        Blind5Templates.englishSurnames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind5Templates.isPoolName(value)).as("name from the BLIND_5 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(value).matches("[\\dX]{4,}( [\\dX]{2,})*")
                    .satisfies(v -> assertThat(v.replace(" ", "")).matches("\\d{17}[\\dX]|\\d{15}"));
            case PHONE -> assertThat(value).matches("[+(\\d][\\d +()-]{6,}\\d");
            case MEDICAL_RECORD -> assertThat(value).matches("[A-Z]{0,2}\\d[\\d-]*\\d");
            case BANK_CARD -> assertThat(value).matches("\\d[\\d ]{10,}\\d");
            case BIRTH_DATE -> assertThat(value).matches(".*\\d{4}.*");
            default -> assertThat(value).isNotBlank();
        }
    }

}
