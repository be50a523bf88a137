package com.yilian.agents.engine;

import com.yilian.agents.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Likelihoods from counts, checked against the formula by hand. */
class LikelihoodModelTest {

    static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void likelihoodsBlendTheKnowledgeBasePriorWithCounts() {
        CaseCounts counts = new CaseCounts(KB);
        // Two pneumonia patients: both with fever (E_91), one with pain located in the lower chest.
        PatientState a = PatientState.start(40, Sex.M, "E_91").with("E_53", Answer.YES)
                .with("E_55", Answer.values(Set.of("V_29"), "V_123"));
        PatientState b = PatientState.start(70, Sex.F, "E_91");
        counts.add("Pneumonia", a);
        counts.add("Pneumonia", b);
        ModelSettings s = new ModelSettings(1.0, 0.01, 1.0, true);
        LikelihoodModel m = LikelihoodModel.fit(KB, counts, s);
        int pn = KB.conditions().indexOf(KB.condition("Pneumonia"));
        // Fever: (2 + 1 * 0.5) / (2 + 1).
        assertThat(m.table("E_91").p()[0][pn]).isCloseTo(2.5 / 3, within(1e-12));
        // Pain location: only patient a was asked (its parent E_53 was yes); V_29 among the location values.
        LikelihoodModel.Table loc = m.table("E_55");
        int v29 = loc.valueIndex().get("V_29");
        double prior = 1.0 / loc.values().length;
        assertThat(loc.p()[v29][pn]).isCloseTo((1 + prior) / 2, within(1e-12));
        // A finding the knowledge base does not list for a condition gets the small epsilon, not zero.
        assertThat(KB.condition("Pneumonia").canPresent("E_163")).isFalse();
        assertThat(m.table("E_163").p()[0][pn]).isEqualTo(0.01);
    }

    @Test
    void countsSurviveTheirJsonForm() {
        CaseCounts counts = new CaseCounts(KB);
        counts.add("Pneumonia", PatientState.start(40, Sex.M, "E_91"));
        counts.add("URTI", PatientState.start(8, Sex.F, "E_181"), 0.25);
        var json = counts.toJson(new com.fasterxml.jackson.databind.ObjectMapper());
        CaseCounts back = CaseCounts.fromJson(KB, json);
        int urti = back.index("URTI");
        assertThat(back.total()).isEqualTo(1.25);
        assertThat(back.n[urti]).isEqualTo(0.25);
        assertThat(back.hits("E_181", CaseCounts.YES, urti)).isEqualTo(0.25);
        assertThat(back.asked("E_181", urti)).isEqualTo(0.25);
    }

    @Test
    void withoutPatientsTheModelStillRanksConditionsThatCanPresentTheComplaint() {
        LikelihoodModel prior = LikelihoodModel.knowledgeOnly(KB);
        double[] p = prior.posterior(PatientState.start(30, Sex.F, "E_163"));
        for (int c = 0; c < p.length; c++) {
            var cond = KB.conditions().get(c);
            if (!cond.canPresent("E_163")) assertThat(p[c]).isLessThan(0.05);
        }
    }
}
