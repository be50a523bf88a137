package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The engine on hand-made patients. */
class DiagnosticEngineTest {

    static DiagnosticEngine engine;
    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        engine = DiagnosticEngine.standard();
        kb = engine.knowledgeBase();
    }

    static PatientState yes(PatientState s, String... codes) {
        for (String c : codes) s = s.with(c, Answer.YES);
        return s;
    }

    static PatientState no(PatientState s, String... codes) {
        for (String c : codes) s = s.with(c, Answer.NO);
        return s;
    }

    @Test
    void classicPneumoniaLeadsTheDifferential() {
        // Productive cough with coloured sputum, fever, chills, pleuritic pain, shortness of breath; a smoker.
        PatientState s = PatientState.start(67, Sex.M, "E_77");
        s = yes(s, "E_91", "E_201", "E_94", "E_66", "E_79");
        s = no(s, "E_97", "E_181", "E_14");
        Differential d = engine.differential(s);
        assertThat(d.knowledgeBaseVersion()).isEqualTo(kb.version());
        assertThat(d.top().conditionId()).isEqualTo("Pneumonia");
        assertThat(d.candidates().stream().mapToDouble(Candidate::probability).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(d.candidates()).isSortedAccordingTo((a, b) -> Double.compare(b.probability(), a.probability()));
    }

    @Test
    void pulmonaryEmbolismRaisesARedFlagAndStopsTheInterview() {
        // Sudden sharp chest pain on the side of the chest with shortness of breath, after immobilisation and a DVT.
        PatientState s = PatientState.start(58, Sex.F, "E_66");
        s = yes(s, "E_53", "E_220", "E_109", "E_110", "E_45");
        s = s.with("E_55", Answer.values(Set.of("V_55", "V_56"), "V_123"));
        InterviewStep step = engine.step(s);
        assertThat(step.redFlags()).extracting(RedFlagAlert::id).contains("chest-pain-with-dyspnoea");
        assertThat(step.stop()).isEqualTo(StopReason.RED_FLAG);
        assertThat(step.question()).isNull();
        assertThat(step.differential().candidates().subList(0, 3)).extracting(Candidate::conditionId)
                .contains("Pulmonary embolism");
        Candidate pe = step.differential().candidates().stream()
                .filter(c -> c.conditionId().equals("Pulmonary embolism")).findFirst().orElseThrow();
        assertThat(pe.redFlag()).isTrue();
    }

    @Test
    void aPlausibleEmergencyIsFlaggedFromTheDifferentialAlone() {
        PatientState s = PatientState.start(58, Sex.F, "E_66");
        s = yes(s, "E_53", "E_220", "E_109", "E_110", "E_45");
        assertThat(engine.redFlags(s)).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("condition");
            assertThat(f.id()).isEqualTo("Pulmonary embolism");
            assertThat(f.probability()).isGreaterThanOrEqualTo(kb.redFlags().conditionThreshold());
        });
    }

    @Test
    void contradictoryAnswersLowerButDoNotEraseTheLeader() {
        PatientState s = PatientState.start(67, Sex.M, "E_77");
        s = yes(s, "E_91", "E_201", "E_94", "E_66", "E_79");
        double before = prob(engine.differential(s), "Pneumonia");
        // Two findings pneumonia never presents in the knowledge base (vaginal discharge in a man, Ebola contact).
        PatientState contradictory = yes(s, "E_163", "E_73");
        Differential d = engine.differential(contradictory);
        double after = prob(d, "Pneumonia");
        assertThat(after).isLessThan(before).isGreaterThan(0);
        assertThat(d.candidates()).allSatisfy(c -> assertThat(c.probability()).isBetween(0.0, 1.0));
        assertThat(d.candidates().stream().mapToDouble(Candidate::probability).sum()).isCloseTo(1.0, within(1e-9));
        // The answer also contradicts itself: yes then no to the same question keeps the last answer only.
        assertThat(contradictory.with("E_163", Answer.NO).answers()).hasSize(contradictory.answers().size());
    }

    @Test
    void followUpsAreAskedOnlyAfterTheirParentWasAnsweredYes() {
        PatientState s = PatientState.start(30, Sex.F, "E_201");
        for (int i = 0; i < 12; i++) {
            QuestionChoice q = engine.nextQuestion(s);
            if (q == null) break;
            Evidence e = kb.evidence(q.evidenceCode());
            assertThat(s.asked(e.code())).isFalse();
            if (e.isFollowUp()) assertThat(s.isPositive(e.parent())).as("parent of " + e.code()).isTrue();
            assertThat(q.informationGain()).isPositive();
            assertThat(q.knowledgeBaseVersion()).isEqualTo(kb.version());
            // Deny everything: the pain follow-ups must then never come.
            s = s.with(e.code(), e.type() == com.yilian.agents.knowledge.EvidenceType.BINARY ? Answer.NO
                    : Answer.values(Set.of(), e.defaultValue()));
        }
        assertThat(s.answers().keySet()).doesNotContain("E_54", "E_55", "E_56", "E_57", "E_58", "E_59");
    }

    @Test
    void theFirstQuestionSeparatesTheLeadingCandidates() {
        PatientState s = PatientState.start(30, Sex.F, "E_97");
        QuestionChoice q = engine.nextQuestion(s);
        assertThat(q).isNotNull();
        assertThat(q.separates()).isNotEmpty();
        assertThat(q.reason().zh()).isNotBlank();
        // Its gain is the best: no other askable question is expected to inform more.
        double[] p = engine.posterior(s);
        int[] active = QuestionSelector.active(p);
        double h = QuestionSelector.entropy(p, active);
        for (Evidence e : kb.evidences()) {
            if (e.isFollowUp() || s.asked(e.code()) || !kb.followUps(e.code()).isEmpty()) continue;
            assertThat(QuestionSelector.gain(engine.model().table(e.code()), p, active, h))
                    .isLessThanOrEqualTo(q.informationGain() + 1e-12);
        }
    }

    @Test
    void aConfidentDifferentialStopsTheInterview() {
        DiagnosticEngine strict = new DiagnosticEngine(kb, engine.model(), null,
                EngineSettings.DEFAULT.withConfidence(0.5).withStopOnRedFlag(false).withDifferentialGain(0));
        PatientState s = PatientState.start(67, Sex.M, "E_77");
        s = yes(s, "E_91", "E_201", "E_94", "E_66", "E_79");
        InterviewStep step = strict.step(s);
        assertThat(step.differential().top().probability()).isGreaterThanOrEqualTo(0.5);
        assertThat(step.stop()).isEqualTo(StopReason.CONFIDENT);
    }

    static double prob(Differential d, String id) {
        return d.candidates().stream().filter(c -> c.conditionId().equals(id)).findFirst().orElseThrow().probability();
    }
}
