package com.yilian.agents.eval;

import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.InterviewStep;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.engine.Sex;
import com.yilian.agents.engine.StopReason;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;

import java.util.Set;

/**
 * Runs one patient as an interview: the patient states age, sex and the initial evidence, the engine asks up to
 * {@code maxQuestions} questions and the patient answers from its evidence list.
 */
public final class InterviewSimulator {

    /** What one interview produced. */
    public record Outcome(DdxPatient patient, PatientState state, InterviewStep last, int questions, StopReason stop,
                          long nanos) {}

    private final DiagnosticEngine engine;
    private final int maxQuestions;

    public InterviewSimulator(DiagnosticEngine engine, int maxQuestions) {
        this.engine = engine;
        this.maxQuestions = maxQuestions;
    }

    public Outcome run(DdxPatient patient) {
        long start = System.nanoTime();
        PatientState state = PatientState.start(patient.age(), Sex.valueOf(patient.sexCode()), patient.initialEvidence());
        InterviewStep step = engine.step(state);
        while (!step.finished() && state.questionsAsked() < maxQuestions) {
            Evidence e = engine.knowledgeBase().evidence(step.question().evidenceCode());
            state = state.with(e.code(), answer(e, patient.complete()));
            step = engine.step(state);
        }
        StopReason stop = step.finished() ? step.stop() : StopReason.CONTINUE;
        return new Outcome(patient, state, step, state.questionsAsked(), stop, System.nanoTime() - start);
    }

    /** The simulated patient's answer: from its evidence list, else no / the question's default. */
    static Answer answer(Evidence e, PatientState complete) {
        Answer a = complete.answers().get(e.code());
        if (a != null) return a;
        return e.type() == EvidenceType.BINARY ? Answer.NO : Answer.values(Set.of(), e.defaultValue());
    }
}
