package com.yilian.agents.llm;

import com.yilian.agents.llm.guard.Degradations;
import com.yilian.agents.llm.guard.ModelFailure;
import com.yilian.agents.llm.routing.ModelCall;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.routing.RoutedModel;
import com.yilian.agents.step.StepAgent;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.Optional;

/**
 * An agent whose result is the knowledge engine's, enriched by a model. Whatever the model does (no route, 429,
 * timeout, garbage, a prescription), the step completes: on the engine alone, marked degraded, with the reason.
 * Bad inputs are not the model's fault and still throw.
 */
public abstract class LlmStepAgent implements StepAgent {

    private final String name;
    private final ModelRouter router;
    private final Fallback fallback;

    protected LlmStepAgent(String name, ModelRouter router, Fallback fallback) {
        this.name = name;
        this.router = router;
        this.fallback = fallback;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final StepResult run(StepRequest request) {
        Optional<RoutedModel> model = router.route(ModelCall.of(request));
        if (model.isEmpty()) return fallback.run(request, Degradations.NO_MODEL);
        try {
            return enrich(request, new ModelSession(model.get()));
        } catch (ModelFailure failure) {
            return fallback.run(request, failure.degradation());
        }
    }

    /** The engine's result for the step, enriched by the model's answers; throws {@link ModelFailure} to fall back. */
    protected abstract StepResult enrich(StepRequest request, ModelSession session);
}
