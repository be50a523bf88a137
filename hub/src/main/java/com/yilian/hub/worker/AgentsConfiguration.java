package com.yilian.hub.worker;

import com.yilian.agents.baseline.EngineAgents;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.step.StepAgent;
import com.yilian.agents.step.StepAgents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agents the worker runs, by name: the knowledge engine's six agents (what the hub runs with no model), each
 * replaced by a {@link StepAgent} bean of the same name when one is configured.
 */
@Configuration(proxyBeanMethods = false)
public class AgentsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DiagnosticEngine diagnosticEngine() {
        return DiagnosticEngine.standard();
    }

    @Bean
    @ConditionalOnMissingBean
    StepAgents stepAgents(DiagnosticEngine engine, ObjectProvider<StepAgent> configured) {
        Map<String, StepAgent> byName = new LinkedHashMap<>();
        EngineAgents.all(engine).forEach(agent -> byName.put(agent.name(), agent));
        configured.orderedStream().forEach(agent -> byName.put(agent.name(), agent));
        return new StepAgents(List.copyOf(byName.values()));
    }
}
