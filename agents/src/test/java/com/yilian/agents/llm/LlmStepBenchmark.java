package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * What an LLM step costs on the hub besides the model itself: engine, prompt, building the agent for the call,
 * parsing and checking the answer, auditing. The model answers at once (scripted). Run with the command in
 * agents/README.md; not part of the unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LlmStepBenchmark {

    private static final JsonNode INTAKE = Requests.intake(45, "M", "E_201", "E_91", "E_77", "-E_53");

    private TestModels models;
    private DiagnosisMatrixAgent agent;
    private StepRequest request;

    @Setup
    public void setUp() {
        TestModels t = models = new TestModels();
        t.model.otherwise(r -> MatrixDrafts.faithful(r, "E_91"));
        agent = new DiagnosisMatrixAgent(t.router, Requests.ENGINE, Requests.engineAgent(AgentNames.DIAGNOSIS_MATRIX));
        request = Requests.request(AgentNames.DIAGNOSIS_MATRIX, "intakeSummary", INTAKE);
    }

    /** The test double keeps every request and audit record; dropped so that memory does not grow with the run. */
    @Setup(Level.Iteration)
    public void forget() {
        models.model.requests().clear();
        models.audit.clear();
    }

    @Benchmark
    public StepResult diagnosisMatrixStep() {
        return agent.run(request);
    }
}
