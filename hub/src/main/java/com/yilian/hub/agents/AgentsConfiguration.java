package com.yilian.hub.agents;

import com.yilian.agents.AgentsFactory;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.llm.audit.AuditSink;
import com.yilian.agents.llm.routing.RoutingConfig;
import com.yilian.agents.step.StepAgents;
import com.yilian.hub.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The agents the workflow worker runs. Which model endpoints exist is configuration ({@code yilian.models.endpoints}
 * and {@code yilian.models.routes}); with none, every step runs on the knowledge engine alone and says so.
 */
@Configuration(proxyBeanMethods = false)
public class AgentsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AgentsConfiguration.class);

    /** Bound by hand: the records live in the Spring-free agents module. A wrong route stops the start-up, named. */
    @Bean
    RoutingConfig modelRouting(Environment environment) {
        RoutingConfig config = Binder.get(environment).bind("yilian.models", RoutingConfig.class)
                .orElse(RoutingConfig.none()).validated();
        if (config.endpoints().isEmpty()) {
            log.info("No model endpoints configured (yilian.models.endpoints): agents run on the knowledge engine alone");
        } else {
            log.info("Model endpoints: {}", config.endpoints().stream()
                    .map(e -> e.id() + (e.remote() ? " (remote, PHI de-identified)" : " (local)")).toList());
        }
        return config;
    }

    @Bean
    DiagnosticEngine diagnosticEngine() {
        return DiagnosticEngine.standard();
    }

    /** Every model call's audit record goes to the outbox, keyed by encounter. */
    @Bean
    AuditSink modelCallAuditSink(Outbox outbox) {
        return new OutboxAuditSink(outbox);
    }

    @Bean
    StepAgents stepAgents(RoutingConfig modelRouting, AuditSink modelCallAuditSink, DiagnosticEngine diagnosticEngine) {
        return AgentsFactory.agents(modelRouting, modelCallAuditSink, diagnosticEngine);
    }
}
