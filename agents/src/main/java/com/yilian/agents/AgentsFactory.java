package com.yilian.agents;

import com.yilian.agents.baseline.EngineAgents;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.llm.LlmAgents;
import com.yilian.agents.llm.audit.AuditSink;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.routing.RoutingConfig;
import com.yilian.agents.step.StepAgents;

/**
 * The one entry point the hub builds its agents from. Without endpoints the workflows run on the knowledge engine
 * alone (every result degraded {@code no-model}); with endpoints every agent asks its routed model and falls back on
 * its engine agent, with the reason, whenever the model cannot be used.
 */
public final class AgentsFactory {

    private AgentsFactory() { }

    /** With the bundled knowledge base and shipped likelihoods. */
    public static StepAgents agents(RoutingConfig config, AuditSink sink) {
        return agents(config, sink, DiagnosticEngine.standard());
    }

    /**
     * @param config validated up front: a wrong endpoint or route throws with the setting's place
     * @param sink   receives one audit record per model call
     */
    public static StepAgents agents(RoutingConfig config, AuditSink sink, DiagnosticEngine engine) {
        if (config == null || config.endpoints().isEmpty()) return new StepAgents(EngineAgents.all(engine));
        return new StepAgents(LlmAgents.create(ModelRouter.openAi(config, sink), engine));
    }
}
