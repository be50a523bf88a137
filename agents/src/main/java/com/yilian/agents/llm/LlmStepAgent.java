package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.baseline.EngineAgent;
import com.yilian.agents.baseline.IntakeInput;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.engine.Sex;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.llm.guard.ModelFailure;
import com.yilian.agents.llm.routing.ModelCall;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.routing.RoutedModel;
import com.yilian.agents.llm.tools.EngineTools;
import com.yilian.agents.step.StepAgent;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.Optional;

/**
 * An agent whose result is its engine agent's result for the same request (same fields, same routing), enriched by
 * a model. Whatever the model does (no route, 429, timeout, garbage, a prescription), the step completes with exactly
 * the engine agent's result, marked degraded with the reason. Bad inputs are not the model's fault and still throw.
 */
public abstract class LlmStepAgent implements StepAgent {

    private final ModelRouter router;
    protected final DiagnosticEngine engine;
    protected final KnowledgeBase kb;
    protected final EngineAgent engineAgent;

    protected LlmStepAgent(ModelRouter router, DiagnosticEngine engine, EngineAgent engineAgent) {
        if (router == null || engine == null || engineAgent == null) {
            throw new IllegalArgumentException("router, engine and engineAgent are required");
        }
        this.router = router;
        this.engine = engine;
        this.kb = engine.knowledgeBase();
        this.engineAgent = engineAgent;
    }

    @Override
    public final String name() {
        return engineAgent.name();
    }

    @Override
    public final StepResult run(StepRequest request) {
        Optional<RoutedModel> model = router.route(ModelCall.of(request));
        if (model.isEmpty()) return engineAgent.run(request, EngineAgent.NO_MODEL);
        ModelSession session = new ModelSession(model.get());
        Corrections corrections = new Corrections();
        try {
            StepResult grounded = ground(request, session, corrections);
            // "Cannot decide" is the engine's clinical answer: there is nothing for the model to enrich.
            if (grounded.outcome() != StepResult.Outcome.DONE) return grounded;
            StepResult enriched = enrich(request, grounded, session, corrections);
            ObjectNode result = enriched.result();
            result.putObject("model").put("endpoint", session.model().endpoint().id())
                    .put("model", session.model().endpoint().model())
                    .put("dataClassSent", session.model().dataClassSent());
            result.set("corrections", corrections.asJson());
            return enriched;
        } catch (ModelFailure failure) {
            return engineAgent.run(request, failure.degradation());
        }
    }

    /** The engine agent's result, not marked degraded; the interviewer overrides it to read the reply with the model. */
    protected StepResult ground(StepRequest request, ModelSession session, Corrections corrections) {
        return engineAgent.run(request, null);
    }

    /**
     * The grounded result with the model's additions; every baseline field stays. Throws {@link ModelFailure} to
     * fall back; records in {@code corrections} where the model contradicted the engine.
     */
    protected abstract StepResult enrich(StepRequest request, StepResult grounded, ModelSession session,
                                         Corrections corrections);

    /** The patient state of the request's {@code intakeSummary}, or null when there is none to use. */
    protected PatientState intakeState(StepRequest request) {
        return IntakeInput.state(kb, request.input("intakeSummary"));
    }

    /** The engine as the model's tools, over the patient's state (a bare adult while none is known). */
    protected EngineTools tools(PatientState state) {
        return new EngineTools(engine, state != null ? state : PatientState.start(40, Sex.F, null));
    }
}
