package com.yilian.agents.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yilian.agents.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The learned differential membership on a pattern it must pick up, and its JSON form. */
class MembershipModelTest {

    static final KnowledgeBase KB = KnowledgeBase.load();

    /** Fever means influenza is in the differential, no fever means it is not; URTI always is. */
    static List<MembershipTrainer.Example> examples(LikelihoodModel model, DiagnosticEngine engine) {
        List<MembershipTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean fever = i % 2 == 0;
            PatientState s = PatientState.start(20 + i, i % 3 == 0 ? Sex.M : Sex.F, "E_201").with("E_91", Answer.of(fever));
            out.add(new MembershipTrainer.Example(s, engine.differential(s), fever ? Set.of("Influenza", "URTI") : Set.of("URTI")));
        }
        return out;
    }

    @Test
    void learnsWhichConditionsBelongInTheDifferential() {
        LikelihoodModel prior = LikelihoodModel.knowledgeOnly(KB);
        DiagnosticEngine plain = new DiagnosticEngine(KB, prior, null, EngineSettings.DEFAULT);
        MembershipModel m = MembershipTrainer.train(KB, examples(prior, plain));
        DiagnosticEngine engine = new DiagnosticEngine(KB, prior, null, m, EngineSettings.DEFAULT);
        PatientState fever = PatientState.start(30, Sex.F, "E_201").with("E_91", Answer.YES);
        PatientState none = PatientState.start(30, Sex.F, "E_201").with("E_91", Answer.NO);
        assertThat(plausibility(engine.differential(fever), "Influenza")).isGreaterThan(0.6);
        assertThat(plausibility(engine.differential(none), "Influenza")).isLessThan(0.4);
        assertThat(plausibility(engine.differential(none), "URTI")).isGreaterThan(0.6);
        assertThat(plausibility(engine.differential(none), "Pulmonary embolism")).isLessThan(0.2);
        assertThat(engine.differential(fever).plausible(Differential.PLAUSIBLE)).extracting(Candidate::conditionId)
                .contains("Influenza", "URTI");
    }

    @Test
    void weightsSurviveTheirJsonForm() throws Exception {
        LikelihoodModel prior = LikelihoodModel.knowledgeOnly(KB);
        DiagnosticEngine plain = new DiagnosticEngine(KB, prior, null, EngineSettings.DEFAULT);
        MembershipModel m = MembershipTrainer.train(KB, examples(prior, plain));
        ObjectMapper json = new ObjectMapper();
        MembershipModel back = MembershipModel.fromJson(KB, json.readTree(json.writeValueAsString(m.toJson(json))));
        PatientState s = PatientState.start(30, Sex.F, "E_201").with("E_91", Answer.YES);
        double[] p = prior.posterior(s);
        double[] a = m.predict(s, p), b = back.predict(s, p);
        for (int c = 0; c < a.length; c++) assertThat(b[c]).isCloseTo(a[c], within(1e-4));
    }

    static double plausibility(Differential d, String id) {
        return d.candidates().stream().filter(c -> c.conditionId().equals(id)).findFirst().orElseThrow().plausibility();
    }
}
