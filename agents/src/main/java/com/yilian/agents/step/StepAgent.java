package com.yilian.agents.step;

/**
 * One agent of the workflows. Implementations are thread-safe: the hub's worker runs many steps at once.
 * A model that misbehaves (garbage, refusal, 429, timeout) must not surface here as an exception: the agent falls
 * back to the knowledge engine and marks the result degraded. An exception means the step itself is broken (bad
 * inputs, a bug) and becomes a retry, then an incident a person has to look at.
 */
public interface StepAgent {

    /** The name used in the BPMN's {@code agent} input, e.g. {@code diagnosis-matrix}. */
    String name();

    StepResult run(StepRequest request);
}
