package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the fourth blind group only: its templates expand through the generator, every record carries
 * identifiers, and every labelled span is exactly the value substituted for its slot. No de-identifier is run here:
 * the group stays blind until it is measured once.
 */
class Blind4TemplatesTest {
    /** The identifier slots of the generator and the kind each is labelled with. */
    private static final Map<String, EntityKind> PHI = Map.ofEntries(
            Map.entry("P", EntityKind.NAME), Map.entry("F", EntityKind.NAME), Map.entry("DR", EntityKind.NAME),
            Map.entry("DS", EntityKind.NAME), Map.entry("MN", EntityKind.NAME), Map.entry("E", EntityKind.NAME),
            Map.entry("E2", EntityKind.NAME), Map.entry("E3", EntityKind.NAME), Map.entry("ES", EntityKind.NAME),
            Map.entry("ID", EntityKind.ID_NUMBER), Map.entry("M", EntityKind.PHONE), Map.entry("L", EntityKind.PHONE),
            Map.entry("A", EntityKind.ADDRESS), Map.entry("A0", EntityKind.ADDRESS),
            Map.entry("R", EntityKind.MEDICAL_RECORD), Map.entry("I", EntityKind.INSURANCE),
            Map.entry("B", EntityKind.BANK_CARD), Map.entry("DOB", EntityKind.BIRTH_DATE));
    /** The other slots the generator fills (unlabelled clinical content). */
    private static final List<String> OTHER = List.of("D", "SEX", "AGE", "DUR", "DOSE", "DRUG", "DIS", "DIS2", "DIS_EN",
            "HOSP", "DEPT", "SYM", "LAB", "EXAM", "KIN", "TITLE", "BP", "CODE", "TEMP", "HR", "TIME");

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind4Templates.BLIND_4).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        for (String t : Blind4Templates.BLIND_4) {
            List<String> slots = TemplateChecks.slots(t);
            assertThat(slots).as(t).allMatch(s -> PHI.containsKey(s) || OTHER.contains(s));
            assertThat(slots).as(t).anyMatch(PHI::containsKey);
        }
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind4Templates.BLIND_4, Blind4Templates.SEED, PHI,
                Blind4TemplatesTest::checkValue);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPools() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind4Templates.SEED, Blind4Templates.BLIND_4)
                .generate(1000);
        for (LabelledRecord r : records) {
            assertThat(r.gold()).as(r.text()).isNotEmpty();
            int end = 0;
            for (Span s : r.gold()) {
                assertThat(s.start()).as(r.text()).isGreaterThanOrEqualTo(end);
                assertThat(s.end()).as(r.text()).isGreaterThan(s.start()).isLessThanOrEqualTo(r.text().length());
                end = s.end();
                String value = r.text().substring(s.start(), s.end());
                assertThat(value).as(r.text()).isEqualTo(value.strip());
                checkValue(s.kind(), value);
            }
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind4Templates.isPoolName(value)).as("name from the BLIND_4 pools: " + value).isTrue();
            case ID_NUMBER -> assertThat(value).matches("\\d{17}[\\dX]|\\d{15}");
            case PHONE -> assertThat(value).matches("[+(\\d][\\d +()-]{6,}\\d");
            case BANK_CARD -> assertThat(value).matches("\\d[\\d ]{10,}\\d");
            case BIRTH_DATE -> assertThat(value).matches(".*\\d{4}.*");
            default -> assertThat(value).isNotBlank();
        }
    }

}
