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
 * Well-formedness of the eighth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, address
 * terms label the surname only and spaced names the whole spaced name, identity numbers carry a valid check digit, no
 * pool name stands anywhere in the text outside a labelled span, and the pools are new. No de-identifier is run here:
 * the group stays blind until it is measured once.
 */
class Blind8TemplatesTest {
    /** The generator's identifier slots, the group's own name slots and the newborn's date of birth. */
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "PW", "EG"));
        phi.put("NB", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind8Templates.BLIND_8).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(Blind8Templates.BLIND_8).doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5)
                .doesNotContainAnyElementsOf(Blind6Templates.BLIND_6)
                .doesNotContainAnyElementsOf(Blind7Templates.BLIND_7);
        List<String> used = Blind8Templates.BLIND_8.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used")
                .contains("N", "PS", "FS", "PG", "PW", "EG", "NB", "MN", "DS", "ID", "M", "R", "A", "A0", "DOB");
        long english = TemplateChecks.mostlyLatin(Blind8Templates.BLIND_8);
        assertThat(english).as("English or mostly English templates").isBetween(6L, 12L);
        TemplateChecks.checkSlots(Blind8Templates.BLIND_8, PHI);
        TemplateChecks.checkNoStrayBraces(Blind8Templates.BLIND_8);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind8Templates.BLIND_8, checkedNames(), Blind8Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind8Templates.BLIND_8, Blind8Templates.SEED, PHI,
                Blind8TemplatesTest::checkValue);
    }

    @Test
    void addressTermsLabelTheSurnameAndSpacedNamesTheWholeName() {
        // 老{PS}: the labelled surname is the surname of the patient named earlier in the same record.
        String template = Blind8Templates.BLIND_8.stream().filter(t -> t.contains("老{PS}")).findFirst().orElseThrow();
        for (LabelledRecord r : new ClinicalTextGenerator(Blind8Templates.SEED, List.of(template)).generate(50)) {
            List<String> values = r.gold().stream().map(s -> r.text().substring(s.start(), s.end())).toList();
            List<String> slots = TemplateChecks.slots(template).stream().filter(PHI::containsKey).toList();
            String patient = values.get(slots.indexOf("P"));
            assertThat(values.get(slots.indexOf("PS"))).as(r.text()).isEqualTo(Blind8Templates.surnameOf(patient));
        }
        String scan = Blind8Templates.BLIND_8.stream().filter(t -> t.contains("{PW}")).findFirst().orElseThrow();
        for (LabelledRecord r : new ClinicalTextGenerator(Blind8Templates.SEED, List.of(scan)).generate(50)) {
            String first = r.gold().get(0).in(r.text());
            assertThat(first).as(r.text()).matches("\\S+([ 　]{1,2}\\S+)+");
            assertThat(Blind8Templates.chineseNames()).contains(first.replaceAll("[ 　]", ""));
        }
    }

    @Test
    void identityNumbersCarryAValidCheckDigit() {
        for (LabelledRecord r : new ClinicalTextGenerator(Blind8Templates.SEED, Blind8Templates.BLIND_8).generate(500)) {
            for (Span s : r.gold()) {
                if (s.kind() != EntityKind.ID_NUMBER) continue;
                String id = s.in(r.text()).replace(" ", "").toUpperCase();
                TemplateChecks.checkResidentId(id, id);
            }
        }
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind8Templates.SEED, Blind8Templates.BLIND_8)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind8TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = r.text().substring(s.start(), s.end());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind8Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind8Templates.fullNameOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind8Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind8Templates.minorityNames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind8Templates.englishNames().toList());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind8Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind8Templates.compoundSurnames());
    }

    @Test
    void poolsAreNewAndGiveEnoughNames() throws ReflectiveOperationException {
        assertThat(Blind8Templates.chineseNames()).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates();
        assertThat(Blind8Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind8Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        List<Class<?>> older = OlderGroups.upTo(7);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(7);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, Blind8Templates.chineseNames(),
                Blind8Templates.minorityNames(), Blind8Templates.englishSurnames().toList(),
                Blind8Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, and English family and given names of three letters or more (as whole words). Single-character Chinese
     * surnames and given names used alone are ordinary text.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind8Templates.chineseNames().stream(), Blind8Templates.minorityNames().stream(),
                        Blind8Templates.compoundSurnames().stream(), Blind8Templates.englishNames(),
                        Blind8Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind8Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind8Templates.isPoolName(value)).as("name from the BLIND_8 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(value).matches("\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]");
            case PHONE -> assertThat(value).matches("[+(\\d][\\d +()-]{6,}\\d");
            case MEDICAL_RECORD -> assertThat(value).matches("[A-Z]{0,3}-?\\d[\\d-]*\\d");
            case BANK_CARD -> assertThat(value).matches("\\d[\\d ]{10,}\\d");
            case BIRTH_DATE -> assertThat(value).matches(".*(\\d{4}|[〇一二三四五六七八九]{4}).*");
            case ADDRESS -> assertThat(value).matches(".+[市县区镇].+\\d+[号室组]");
            default -> assertThat(value).isNotBlank();
        }
    }
}
