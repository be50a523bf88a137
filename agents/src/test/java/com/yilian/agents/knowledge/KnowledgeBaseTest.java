package com.yilian.agents.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled knowledge base is complete and consistent. */
class KnowledgeBaseTest {

    static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void carriesAVersionAndTheDdxplusAttribution() {
        assertThat(KB.version()).isNotBlank();
        assertThat(KB.attribution()).contains("DDXPlus").contains("CC-BY 4.0").contains("Fansi Tchango");
    }

    @Test
    void holdsAllConditionsAndQuestions() {
        assertThat(KB.conditions()).hasSize(49);
        assertThat(KB.evidences()).hasSize(223);
        assertThat(KB.condition("Pulmonary embolism").icd10()).isEqualTo("I26");
        assertThat(KB.condition("Possible NSTEMI / STEMI").severity()).isEqualTo(1);
    }

    @Test
    void followUpsHangUnderTheirParent() {
        assertThat(KB.followUps("E_53")).extracting(Evidence::code)
                .containsExactlyInAnyOrder("E_54", "E_55", "E_56", "E_57", "E_58", "E_59");
        assertThat(KB.evidence("E_55").parent()).isEqualTo("E_53");
        // E_69 names E_68 as its parent, which is not in the bank: it is asked on its own.
        assertThat(KB.evidence("E_69").isFollowUp()).isFalse();
        assertThat(KB.evidence("E_55").defaultValue()).isEqualTo("V_123");
        assertThat(KB.evidence("E_91").type()).isEqualTo(EvidenceType.BINARY);
    }

    @Test
    void everyNameQuestionTermAndValueHasChineseText() {
        assertThat(KB.conditions()).allSatisfy(c -> assertThat(c.name().zh()).as(c.id()).matches(".*\\p{IsHan}.*"));
        for (Evidence e : KB.evidences()) {
            assertThat(e.question().zh()).as(e.code()).matches(".*\\p{IsHan}.*");
            assertThat(e.term().zh()).as(e.code()).matches(".*\\p{IsHan}.*");
            assertThat(e.question().en()).isNotBlank();
            e.valueText().forEach((v, t) -> assertThat(t.zh()).as(e.code() + " " + v).matches(".*\\p{IsHan}.*"));
        }
        assertThat(KB.condition("Pulmonary embolism").name().zh()).isEqualTo("肺栓塞");
        assertThat(KB.evidence("E_55").valueText("V_29").zh()).isEqualTo("下胸部");
    }

    @Test
    void everyConditionEvidenceIsInTheBank() {
        for (Condition c : KB.conditions())
            assertThat(c.evidences()).allSatisfy(e -> assertThat(KB.hasEvidence(e)).as(c.id() + " " + e).isTrue());
    }

    @Test
    void redFlagsNameKnownConditionsAndEvidences() {
        assertThat(KB.redFlags().conditions()).allSatisfy(c -> assertThat(KB.hasCondition(c)).as(c).isTrue());
        assertThat(KB.redFlags().conditions()).contains("Pulmonary embolism", "Possible NSTEMI / STEMI");
        for (RedFlags.FindingRule r : KB.redFlags().findings()) {
            assertThat(r.allOf()).allSatisfy(e -> assertThat(KB.hasEvidence(e)).isTrue());
            assertThat(r.text().zh()).isNotBlank();
            if (r.valueEvidence() != null)
                assertThat(KB.evidence(r.valueEvidence()).values()).containsAll(r.anyValueOf());
        }
    }
}
