package com.yilian.hub.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker's meters: {@code yilian_agent_steps_total{agent,outcome}} (outcome = done, degraded, cannot_decide,
 * failed, incident, lost), {@code yilian_agent_step_duration_seconds{agent}} and {@code yilian_agent_steps_in_flight}.
 */
public final class WorkerMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger inFlight = new AtomicInteger();

    public WorkerMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("yilian.agent.steps.in.flight", inFlight, AtomicInteger::get)
                .description("Agent steps running now in this hub").register(registry);
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void finished(String agent, String outcome, Duration took) {
        inFlight.decrementAndGet();
        Counter.builder("yilian.agent.steps").description("Agent steps by agent and outcome")
                .tag("agent", tag(agent)).tag("outcome", outcome).register(registry).increment();
        Timer.builder("yilian.agent.step.duration").description("Time an agent took for one step")
                .tag("agent", tag(agent)).publishPercentileHistogram().register(registry).record(took);
    }

    int inFlight() {
        return inFlight.get();
    }

    private static String tag(String agent) {
        return agent == null ? "unknown" : agent;
    }
}
