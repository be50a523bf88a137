package com.yilian.hub.worker;

import com.yilian.agents.step.StepAgents;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process {@code yilian-agent} worker, on unless {@code yilian.worker.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkerProperties.class)
public class WorkerConfiguration {

    @Bean
    WorkerMetrics workerMetrics(MeterRegistry registry) {
        return new WorkerMetrics(registry);
    }

    @Bean
    WorkSignal agentWorkSignal() {
        return new WorkSignal();
    }

    /** A process engine plugin: the engine takes every such bean while it is built, before the worker exists. */
    @Bean
    @ConditionalOnProperty(prefix = "yilian.worker", name = "enabled", havingValue = "true", matchIfMissing = true)
    AgentTaskWakeUpPlugin agentTaskWakeUpPlugin(WorkSignal agentWorkSignal) {
        return new AgentTaskWakeUpPlugin(agentWorkSignal::raise);
    }

    @Bean
    @ConditionalOnProperty(prefix = "yilian.worker", name = "enabled", havingValue = "true", matchIfMissing = true)
    AgentStepWorker agentStepWorker(ProcessEngine engine, StepAgents agents, WorkerProperties settings,
                                    WorkerMetrics metrics, WorkSignal agentWorkSignal) {
        return new AgentStepWorker(engine.getExternalTaskService(), engine.getRuntimeService(), agents, settings,
                metrics, workerId(), agentWorkSignal);
    }

    /** Unique per hub process, readable in Cockpit: which replica holds a task's lock. */
    private static String workerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "hub";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
