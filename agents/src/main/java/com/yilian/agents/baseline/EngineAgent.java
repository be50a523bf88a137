package com.yilian.agents.baseline;

import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.knowledge.Text;
import com.yilian.agents.step.StepAgent;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

/**
 * An agent that works on the knowledge engine alone. Its result is always marked degraded: either no model is
 * configured, or an LLM agent fell back on it and passes its own reason.
 */
public abstract class EngineAgent implements StepAgent {

    public static final StepResult.Degradation NO_MODEL = new StepResult.Degradation("no-model",
            new Text("未配置模型：结果仅由知识库引擎生成", "No model configured: result from the knowledge engine alone"));

    protected final DiagnosticEngine engine;

    protected EngineAgent(DiagnosticEngine engine) {
        if (engine == null) throw new IllegalArgumentException("engine is required");
        this.engine = engine;
    }

    @Override
    public final StepResult run(StepRequest request) {
        return run(request, NO_MODEL);
    }

    /**
     * Runs the step on the engine alone; {@code why} says why no model answered. Null gives the grounded result
     * unmarked ({@code degraded: false}): what an LLM agent starts from and enriches.
     */
    public abstract StepResult run(StepRequest request, StepResult.Degradation why);
}
