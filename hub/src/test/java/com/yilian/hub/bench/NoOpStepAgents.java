package com.yilian.hub.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.yilian.agents.step.StepAgent;
import com.yilian.agents.step.StepAgents;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Swaps the hub's agents for one that answers at once, so that a step costs only what the hub itself spends. Not a
 * {@code @Configuration}: the hub's component scan would find it and swap the agents of every test's hub; the
 * benchmark passes it to its own application explicitly.
 */
class NoOpStepAgents {

    static final String AGENT = "bench-noop";

    @Bean
    static BeanPostProcessor noOpAgentsOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof StepAgents ? new StepAgents(List.of(new NoOpAgent())) : bean;
            }
        };
    }

    static final class NoOpAgent implements StepAgent {
        @Override
        public String name() {
            return AGENT;
        }

        @Override
        public StepResult run(StepRequest request) {
            return StepResult.done(JsonNodeFactory.instance.objectNode().put("ok", true), Map.of(), null);
        }
    }
}
