package com.yilian.agents.llm;

import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import com.yilian.agents.step.StepResult.Degradation;

/** The engine-only form of an agent: what a step gives when its model cannot be used, and why. */
@FunctionalInterface
public interface Fallback {

    StepResult run(StepRequest request, Degradation why);
}
