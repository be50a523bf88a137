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
    private static final Map<String, EntityKind> PHI = TemplateChecks.PHI;

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind4Templates.BLIND_4).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        TemplateChecks.checkSlots(Blind4Templates.BLIND_4, PHI);
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
        for (LabelledRecord r : records) TemplateChecks.checkSpans(r, Blind4TemplatesTest::checkValue);
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
