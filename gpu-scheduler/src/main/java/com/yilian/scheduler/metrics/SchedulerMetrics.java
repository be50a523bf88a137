package com.yilian.scheduler.metrics;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;

/**
 * The gateway's Prometheus collectors (simpleclient), registered in the registry given: the standalone gateway's
 * own, or the hub's, so that one scrape shows both. Names and labels are shared with dashboards and alerts.
 */
public final class SchedulerMetrics {
    /** Seconds, from a fast interactive start to half an hour of batch queueing. */
    private static final double[] WAIT_BUCKETS = {0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800};

    public final Gauge queueDepth;
    public final Histogram queueWait;
    public final Counter admitted;
    public final Counter rejected;
    public final Gauge borrowedPlaces;
    public final Counter tokens;
    public final Histogram timeToFirstToken;
    public final Counter remoteSpend;
    public final Counter phiRefusals;
    public final Counter sloRequests;
    public final Gauge recommendedReplicas;
    public final Gauge redisDegraded;

    public SchedulerMetrics(CollectorRegistry registry) {
        queueDepth = Gauge.build("yilian_scheduler_queue_depth", "Calls waiting for a place.")
                .labelNames("tenant", "priority").register(registry);
        queueWait = Histogram.build("yilian_scheduler_queue_wait_seconds",
                        "Time from admission to dispatch, or to giving up at the queue-wait limit.")
                .labelNames("tenant", "priority").buckets(WAIT_BUCKETS).register(registry);
        admitted = Counter.build("yilian_scheduler_admitted_total", "Calls started on a pool.")
                .labelNames("tenant", "priority", "pool").register(registry);
        rejected = Counter.build("yilian_scheduler_rejected_total", "Calls answered with an error before running.")
                .labelNames("tenant", "reason").register(registry);
        borrowedPlaces = Gauge.build("yilian_scheduler_borrowed_places",
                "Places a tenant holds above its guaranteed share, lent by others.").labelNames("tenant").register(registry);
        tokens = Counter.build("yilian_scheduler_tokens_total", "Tokens processed, by kind (prompt or output).")
                .labelNames("tenant", "pool", "kind").register(registry);
        timeToFirstToken = Histogram.build("yilian_scheduler_time_to_first_token_seconds",
                        "Time from admission to the first byte of the answer.")
                .labelNames("tenant", "priority").buckets(WAIT_BUCKETS).register(registry);
        remoteSpend = Counter.build("yilian_scheduler_remote_spend_cny_total", "Spend on remote model APIs, CNY.")
                .labelNames("tenant", "pool").register(registry);
        phiRefusals = Counter.build("yilian_scheduler_phi_refusals_total",
                "PHI calls refused because the tenant lists no local pool for them.").labelNames("tenant").register(registry);
        sloRequests = Counter.build("yilian_scheduler_slo_requests_total",
                        "Completed calls, by whether they met their TTFT and TPOT objectives.")
                .labelNames("tenant", "priority", "met").register(registry);
        recommendedReplicas = Gauge.build("yilian_scheduler_recommended_replicas",
                "Replicas a local pool should run for the demand predicted over the lead time.")
                .labelNames("pool").register(registry);
        redisDegraded = Gauge.build("yilian_scheduler_redis_degraded",
                "1 while Redis is unreachable and the replica keeps to its safe share of the capacity.").register(registry);
    }

    /** Removes the collectors again, e.g. when an embedding application stops the gateway but keeps its registry. */
    public void unregister(CollectorRegistry registry) {
        for (var c : new io.prometheus.client.Collector[] {queueDepth, queueWait, admitted, rejected, borrowedPlaces,
                tokens, timeToFirstToken, remoteSpend, phiRefusals, sloRequests, recommendedReplicas, redisDegraded}) {
            registry.unregister(c);
        }
    }
}
