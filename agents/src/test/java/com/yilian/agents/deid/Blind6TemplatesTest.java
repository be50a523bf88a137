package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the sixth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up (also in the
 * group's own forms: broken by a line break, ALL CAPS, "Family, Given", initials), no pool name stands anywhere in the
 * text outside a labelled span, and the pools are new. No de-identifier is run here: the group stays blind until it is
 * measured once.
 */
class Blind6TemplatesTest {
    /** The generator's identifier slots and the group's own name slots. */
    private static final Map<String, EntityKind> PHI = TemplateChecks.phiWithNameSlots("N", "PX", "EU", "EL", "EI");
    private static final int RECORDS = 3000;

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind6Templates.BLIND_6).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(Blind6Templates.BLIND_6).doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5);
        List<String> used = Blind6Templates.BLIND_6.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PX", "EU", "EL", "EI", "MN", "DS");
        long english = TemplateChecks.mostlyLatin(Blind6Templates.BLIND_6);
        assertThat(english).as("English or mostly English templates").isBetween(8L, 16L);
        TemplateChecks.checkSlots(Blind6Templates.BLIND_6, PHI);
        TemplateChecks.checkNoStrayBraces(Blind6Templates.BLIND_6);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind6Templates.BLIND_6, checkedNames(), Blind6Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind6Templates.BLIND_6, Blind6Templates.SEED, PHI,
                Blind6TemplatesTest::checkValue);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind6Templates.SEED, Blind6Templates.BLIND_6)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> idForms = new HashSet<>();
        Set<String> otherForms = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind6TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = r.text().substring(s.start(), s.end());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind6Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind6Templates.fullNameOf(value));
                }
                if (s.kind() == EntityKind.NAME && value.contains("\n")) otherForms.add("broken name");
                if (s.kind() == EntityKind.NAME && value.matches(".*\\p{Lu}{2,}.*")) otherForms.add("caps name");
                if (s.kind() == EntityKind.NAME && value.matches("\\p{L}\\. .+")) otherForms.add("initial");
                if (s.kind() == EntityKind.ID_NUMBER) {
                    idForms.add(value.contains(" ") ? "split" : value.endsWith("x") ? "lower-case x" : "plain");
                }
                if (s.kind() == EntityKind.PHONE && value.matches("\\+86\\d{11}")) otherForms.add("+86 joined");
                if (s.kind() == EntityKind.PHONE && value.matches("01\\d{10}")) otherForms.add("0 prefix");
                if (s.kind() == EntityKind.MEDICAL_RECORD && value.startsWith("ZYH")) otherForms.add("ZYH");
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn")
                .containsAll(Blind6Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn")
                .containsAll(Blind6Templates.minorityNames());
        assertThat(labelledNames).as("every English and pinyin pool name is drawn")
                .containsAll(Blind6Templates.englishNames().toList());
        assertThat(labelledValues).as("compound surnames are used alone (DS)")
                .containsAnyElementsOf(Blind6Templates.compoundSurnames());
        assertThat(idForms).as("identity numbers plain, split by spaces, with a lower-case x")
                .contains("plain", "split", "lower-case x");
        assertThat(otherForms).as("the group's own forms of names and numbers").contains("broken name", "caps name",
                "initial", "+86 joined", "0 prefix", "ZYH");
    }

    @Test
    void poolsAreNewAndGiveEnoughNames() throws ReflectiveOperationException {
        assertThat(Blind6Templates.chineseNames()).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates();
        assertThat(Blind6Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind6Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        Set<String> olderNames = new HashSet<>();
        olderNames.addAll(TemplateChecks.list(Blind3Templates.class, "CHINESE"));
        olderNames.addAll(TemplateChecks.list(Blind3Templates.class, "MINORITY"));
        for (String name : Blind6Templates.chineseNames()) {
            assertThat(Blind4Templates.isPoolName(name)).as("in the BLIND_4 pool: " + name).isFalse();
            assertThat(Blind5Templates.chineseNames()).as("in the BLIND_5 pool").doesNotContain(name);
            assertThat(olderNames).as("in the BLIND_3 pool").doesNotContain(name);
            assertThat(TemplateChecks.syntheticValuesCanGenerate(name)).as("SyntheticValues can generate " + name).isFalse();
        }
        for (String name : Blind6Templates.minorityNames()) {
            assertThat(Blind4Templates.isPoolName(name)).as("in the BLIND_4 pool: " + name).isFalse();
            assertThat(Blind5Templates.minorityNames()).as("in the BLIND_5 pool").doesNotContain(name);
            assertThat(olderNames).as("in the BLIND_3 pool").doesNotContain(name);
            assertThat(TemplateChecks.syntheticValuesCanGenerateMinority(name)).as("SyntheticValues can generate " + name)
                    .isFalse();
        }
        Set<String> olderFamilies = new HashSet<>();
        for (String f : List.of("EN_LAST", "EN_LAST_2", "EN_LAST_3")) {
            olderFamilies.addAll(TemplateChecks.list(SyntheticValues.class, f));
        }
        TemplateChecks.list(Blind3Templates.class, "ENGLISH").forEach(n -> olderFamilies.add(n.substring(n.indexOf('|') + 1)));
        olderFamilies.addAll(Blind5Templates.englishSurnames().toList());
        for (String family : Blind6Templates.englishSurnames().toList()) {
            assertThat(olderFamilies).as("older English family name").doesNotContain(family);
            assertThat(Blind4Templates.isPoolName(family)).as("in the BLIND_4 pool: " + family).isFalse();
        }
        for (String full : Blind6Templates.englishNames().toList()) {
            assertThat(Blind4Templates.isPoolName(full)).as("in the BLIND_4 pool: " + full).isFalse();
            assertThat(Blind5Templates.englishNames().toList()).as("in the BLIND_5 pool").doesNotContain(full);
        }
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, and English family names of three letters or more (as whole words, also in capitals). Single-character
     * Chinese surnames and the two-letter pinyin ones (Xu) are ordinary text.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind6Templates.chineseNames().stream(), Blind6Templates.minorityNames().stream(),
                        Blind6Templates.compoundSurnames().stream(), Blind6Templates.englishNames(),
                        Blind6Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind6Templates.upperCaseForms().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind6Templates.isPoolName(value)).as("name from the BLIND_6 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(value).matches("[\\dXx]{4,}( [\\dXx]{2,})*")
                    .satisfies(v -> assertThat(v.replace(" ", "")).matches("\\d{17}[\\dXx]|\\d{15}"));
            case PHONE -> assertThat(value).matches("[+(\\d][\\d +()-]{6,}\\d");
            case MEDICAL_RECORD -> assertThat(value).matches("[A-Z]{0,3}\\d[\\d-]*\\d");
            case BANK_CARD -> assertThat(value).matches("\\d[\\d ]{10,}\\d");
            case BIRTH_DATE -> assertThat(value).matches(".*\\d{4}.*");
            default -> assertThat(value).isNotBlank();
        }
    }

}
