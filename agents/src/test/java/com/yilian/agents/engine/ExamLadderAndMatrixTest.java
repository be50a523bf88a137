package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Exam;
import com.yilian.agents.knowledge.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.yilian.agents.engine.DiagnosticEngineTest.no;
import static com.yilian.agents.engine.DiagnosticEngineTest.yes;
import static org.assertj.core.api.Assertions.assertThat;

/** The exam ladder and the diagnosis matrix on hand-made patients. */
class ExamLadderAndMatrixTest {

    static DiagnosticEngine engine;
    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        engine = DiagnosticEngine.standard();
        kb = engine.knowledgeBase();
    }

    static PatientState pneumonia() {
        PatientState s = PatientState.start(67, Sex.M, "E_77");
        s = yes(s, "E_91", "E_201", "E_94", "E_66", "E_79");
        return no(s, "E_97", "E_181", "E_14");
    }

    @Test
    void theCatalogueNamesKnownConditionsWithCitedFigures() {
        assertThat(kb.exams()).hasSizeGreaterThan(20);
        for (Exam e : kb.exams()) {
            assertThat(e.name().zh()).isNotBlank();
            assertThat(e.costTier()).isBetween(1, 4);
            for (Exam.Target t : e.targets()) {
                assertThat(kb.hasCondition(t.condition())).as(e.id() + " -> " + t.condition()).isTrue();
                assertThat(t.role()).isIn("confirm", "exclude");
                if (t.sensitivity() != null) assertThat(t.source()).as(e.id()).matches(".*(19|20)\\d\\d.*");
            }
        }
    }

    @Test
    void withManyCandidatesDemandingExamsWaitAndCheapOnesLead() {
        PatientState broad = PatientState.start(45, Sex.F, "E_201");
        ExamLadder ladder = engine.examLadder(broad);
        assertThat(ladder.knowledgeBaseVersion()).isEqualTo(kb.version());
        assertThat(ladder.openCandidates()).isGreaterThan(ExamRanker.FEW);
        assertThat(ladder.exams()).isNotEmpty();
        Exam first = exam(ladder.first().examId());
        assertThat(first.demanding()).isFalse();
        for (ExamRecommendation r : ladder.exams())
            if (exam(r.examId()).demanding()) assertThat(r.deferred()).as(r.examId()).isTrue();
        // Deferred exams come last; the others by score.
        List<ExamRecommendation> active = ladder.exams().stream().filter(r -> !r.deferred()).toList();
        assertThat(active).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        int lastActive = ladder.exams().indexOf(active.get(active.size() - 1));
        assertThat(ladder.exams().subList(lastActive + 1, ladder.exams().size())).allMatch(ExamRecommendation::deferred);
    }

    @Test
    void oncePulmonaryEmbolismIsAmongFewCandidatesCtpaIsDue() {
        PatientState s = PatientState.start(58, Sex.F, "E_66");
        s = yes(s, "E_53", "E_220", "E_109", "E_110", "E_45", "E_14");
        s = s.with("E_55", Answer.values(Set.of("V_55", "V_56"), "V_123"));
        ExamLadder ladder = engine.examLadder(s);
        if (ladder.openCandidates() <= ExamRanker.FEW) {
            assertThat(ladder.exams()).filteredOn(r -> r.examId().equals("ctpa")).singleElement()
                    .satisfies(r -> assertThat(r.deferred()).isFalse());
        }
        // With a high pre-test probability, imaging adds more than D-dimer (which can only argue against PE).
        assertThat(ladder.exams()).extracting(ExamRecommendation::examId).contains("ctpa");
        double ctpa = ladder.exams().stream().filter(r -> r.examId().equals("ctpa")).findFirst().orElseThrow().expectedGain();
        ladder.exams().stream().filter(r -> r.examId().equals("d-dimer"))
                .forEach(r -> assertThat(r.expectedGain()).isLessThan(ctpa));
        assertThat(ladder.exams()).filteredOn(r -> r.examId().equals("ctpa")).singleElement()
                .satisfies(r -> assertThat(r.separates()).contains("Pulmonary embolism"));
    }

    @Test
    void theMatrixExplainsEachCandidate() {
        PatientState s = pneumonia();
        DiagnosisMatrix m = engine.diagnosisMatrix(s);
        assertThat(m.knowledgeBaseVersion()).isEqualTo(kb.version());
        assertThat(m.notice().zh()).contains("医生");
        assertThat(m.rows()).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b.probability(), a.probability()));
        MatrixRow top = m.rows().get(0);
        assertThat(top.conditionId()).isEqualTo("Pneumonia");
        assertThat(top.icd10()).isEqualTo("J17, J18");
        assertThat(top.name().en()).isEqualTo("Pneumonia");
        assertThat(top.supporting()).isNotEmpty()
                .allSatisfy(f -> assertThat(s.isPositive(f.evidenceCode())).isTrue());
        assertThat(top.opposing()).allSatisfy(f -> {
            assertThat(s.asked(f.evidenceCode())).isTrue();
            assertThat(s.isPositive(f.evidenceCode())).isFalse();
            assertThat(f.expected()).isGreaterThanOrEqualTo(DiagnosisMatrixBuilder.EXPECTED);
        });
        assertThat(top.missing()).allSatisfy(f -> assertThat(s.asked(f.evidenceCode())).isFalse());
        assertThat(m.nextStep().kind()).isIn("question", "exam", "escalate");
        assertThat(m.nextStep().why().zh()).isNotBlank();
    }

    @Test
    void aDeniedTypicalFindingShowsAsOpposingEvidence() {
        // Influenza usually brings fever; a patient who denies it has that as opposing evidence for influenza.
        PatientState s = no(yes(PatientState.start(30, Sex.F, "E_201"), "E_144", "E_97"), "E_91");
        DiagnosisMatrix m = engine.diagnosisMatrix(s);
        assertThat(m.rows()).filteredOn(r -> r.conditionId().equals("Influenza")).singleElement()
                .satisfies(r -> assertThat(r.opposing()).extracting(Finding::evidenceCode).contains("E_91"));
    }

    @Test
    void aRedFlagMakesEscalationTheNextStep() {
        PatientState s = PatientState.start(58, Sex.F, "E_66");
        s = yes(s, "E_53", "E_220", "E_109", "E_110");
        s = s.with("E_55", Answer.values(Set.of("V_55"), "V_123"));
        DiagnosisMatrix m = engine.diagnosisMatrix(s);
        assertThat(m.redFlags()).isNotEmpty();
        assertThat(m.nextStep().kind()).isEqualTo("escalate");
        assertThat(m.nextStep().why().zh()).contains("胸痛");
    }

    static Exam exam(String id) {
        return kb.exams().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
