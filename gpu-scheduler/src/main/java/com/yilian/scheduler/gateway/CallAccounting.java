package com.yilian.scheduler.gateway;

import com.yilian.scheduler.LatencyObjectives;
import com.yilian.scheduler.capacity.LoadLearner;
import com.yilian.scheduler.metrics.SchedulerMetrics;
import com.yilian.tenants.PoolKind;
import java.util.function.LongSupplier;

/**
 * What every call counts for once it has happened: the metrics, the tenant's daily token budget, and the load the
 * replica planner learns from. Runs on the gateway's event loop.
 */
final class CallAccounting {
    /** Prefill of a prompt token costs a GPU about a tenth of a decoded token (as the simulator's serving model). */
    private static final double PROMPT_WEIGHT = 0.1;
    private final SchedulerMetrics metrics;
    private final DailyTokenBudget budget;
    private final LoadLearner learner;
    private final LatencyObjectives objectives;
    private final LongSupplier clock;
    private final java.util.function.Consumer<FinishedCall> usage;

    /**
     * @param clock epoch milliseconds: budgets and load hours follow the local calendar
     * @param usage told of every finished call (the usage ledger); must not block: it runs on the event loop
     */
    CallAccounting(SchedulerMetrics metrics, DailyTokenBudget budget, LoadLearner learner, LatencyObjectives objectives,
                   LongSupplier clock, java.util.function.Consumer<FinishedCall> usage) {
        this.usage = usage;
        this.metrics = metrics;
        this.budget = budget;
        this.learner = learner;
        this.objectives = objectives;
        this.clock = clock;
    }

    void waiting(Call call, boolean waiting) {
        metrics.queueDepth.labels(tenant(call), priority(call)).inc(waiting ? 1 : -1);
    }

    void placeTaken(Call call) {
        if (call.dispatch.borrowed()) {
            metrics.borrowedPlaces.labels(tenant(call)).inc();
        }
    }

    void placeLeft(Call call) {
        if (call.dispatch.borrowed()) {
            metrics.borrowedPlaces.labels(tenant(call)).dec();
        }
    }

    void started(Call call) {
        if (call.startedOnce) {
            return;
        }
        call.startedOnce = true;
        call.startedAtMs = clock.getAsLong();
        metrics.admitted.labels(tenant(call), priority(call), call.pool.id()).inc();
        metrics.queueWait.labels(tenant(call), priority(call)).observe(sinceArrival(call));
    }

    void outputTokens(Call call, int n) {
        call.outputTokens += n;
        // Runs for every streamed chunk: look the counter's labels up once per attempt's pool, not per chunk.
        if (call.outputCounterPool != call.pool) {
            call.outputCounter = metrics.tokens.labels(tenant(call), call.pool.id(), "output");
            call.outputCounterPool = call.pool;
        }
        call.outputCounter.inc(n);
        long now = clock.getAsLong();
        budget.charge(tenant(call), n, now);
        learner.observe(tenant(call), n, now);
    }

    void firstByte(Call call) {
        if (call.firstByteMs < 0) {
            call.firstByteMs = clock.getAsLong();
            metrics.timeToFirstToken.labels(tenant(call), priority(call)).observe(sinceArrival(call));
        }
    }

    /** Prompt tokens count once the backend reported them (else the gateway's estimate); then cost and SLO. */
    void finished(Call call, boolean ok) {
        int prompt = call.promptTokens > 0 ? call.promptTokens : call.request.promptTokens();
        String pool = call.pool.id();
        metrics.tokens.labels(tenant(call), pool, "prompt").inc(prompt);
        budget.charge(tenant(call), prompt, clock.getAsLong());
        learner.observe(tenant(call), prompt * PROMPT_WEIGHT, clock.getAsLong());
        double cny = 0;
        if (call.pool.kind() == PoolKind.REMOTE) {
            cny = (prompt * call.pool.inputPricePerMillionTokens()
                    + call.outputTokens * call.pool.outputPricePerMillionTokens()) / 1_000_000.0;
            metrics.remoteSpend.labels(tenant(call), pool).inc(cny);
        }
        long now = clock.getAsLong();
        double gpuSeconds = call.pool.kind() == PoolKind.REMOTE || call.startedAtMs < 0 ? 0
                : Math.max(0, now - call.startedAtMs) / 1000.0;
        usage.accept(new FinishedCall(tenant(call), pool, priority(call), ok, prompt, call.outputTokens, gpuSeconds,
                cny, now));
        boolean met = ok && call.firstByteMs >= 0
                && call.firstByteMs - call.request.arrivalMs() <= objectives.ttft(call.request.priority())
                && (clock.getAsLong() - call.firstByteMs) / (double) Math.max(1, call.outputTokens - 1)
                <= objectives.tpot(call.request.priority());
        metrics.sloRequests.labels(tenant(call), priority(call), Boolean.toString(met)).inc();
    }

    void refused(Call call, boolean phi) {
        metrics.rejected.labels(tenant(call), "data_policy").inc();
        if (phi) {
            metrics.phiRefusals.labels(tenant(call)).inc();
        }
    }

    void gaveUp(Call call) {
        metrics.rejected.labels(tenant(call), "max_queue_wait").inc();
        metrics.queueWait.labels(tenant(call), priority(call)).observe(sinceArrival(call));
    }

    /** Refused at the door (requests per minute, daily token budget) before the core saw it. */
    void rejected(String tenantId, String reason) {
        metrics.rejected.labels(tenantId, reason).inc();
    }

    private double sinceArrival(Call call) {
        return Math.max(0, clock.getAsLong() - call.request.arrivalMs()) / 1000.0;
    }

    private static String tenant(Call call) {
        return call.request.tenantId();
    }

    private static String priority(Call call) {
        return call.request.priority().wireName();
    }
}
