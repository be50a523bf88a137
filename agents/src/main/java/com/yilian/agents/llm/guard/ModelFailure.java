package com.yilian.agents.llm.guard;

import com.yilian.agents.step.StepResult.Degradation;

/** The model could not be used for this step; the step falls back to the knowledge engine for this reason. */
public final class ModelFailure extends RuntimeException {

    private final transient Degradation degradation;

    public ModelFailure(Degradation degradation, Throwable cause) {
        super(degradation.code() + ": " + degradation.reason().en(), cause);
        this.degradation = degradation;
    }

    public Degradation degradation() {
        return degradation;
    }
}
