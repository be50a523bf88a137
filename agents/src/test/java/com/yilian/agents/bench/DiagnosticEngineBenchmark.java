package com.yilian.agents.bench;

import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.InterviewStep;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.engine.Sex;
import com.yilian.agents.engine.Differential;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One interview turn: update the differential with the answers so far and choose the next question (goal: under
 * 2 ms). Run with the command in agents/README.md; not part of the unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DiagnosticEngineBenchmark {

    /** How far into the interview: answers given after the chief complaint. */
    @Param({"0", "5", "15"})
    public int answered;

    private DiagnosticEngine engine;
    private PatientState state;

    @Setup
    public void setUp() {
        engine = DiagnosticEngine.standard();
        // Let the engine run the interview of a patient with cough, fever and chest pain up to the wanted depth.
        PatientState s = PatientState.start(52, Sex.M, "E_201");
        Set<String> yes = Set.of("E_91", "E_77", "E_94", "E_53", "E_66", "E_220", "E_79");
        for (int i = 0; i < answered; i++) {
            InterviewStep step = engine.step(s);
            if (step.question() == null) break;
            var e = engine.knowledgeBase().evidence(step.question().evidenceCode());
            Answer a = switch (e.type()) {
                case BINARY -> Answer.of(yes.contains(e.code()));
                default -> Answer.values(Set.of(e.code().equals("E_55") ? "V_55" : e.defaultValue()), e.defaultValue());
            };
            s = s.with(e.code(), a);
        }
        state = s;
    }

    /** Differential and next question: what each turn of an interview costs. */
    @Benchmark
    public InterviewStep updateAndChooseNextQuestion() {
        return engine.step(state);
    }

    /** The differential alone. */
    @Benchmark
    public Differential differential() {
        return engine.differential(state);
    }
}
