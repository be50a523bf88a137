package com.yilian.scheduler.gateway;

import com.yilian.scheduler.Priority;
import com.yilian.scheduler.capacity.CapacitySettings;
import io.prometheus.client.CollectorRegistry;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How a gateway runs beyond what the consortium file says.
 *
 * @param maxQueueWait     how long a call of each priority may wait for a place before it is answered 429 (or 503)
 * @param zone             where "today" is for daily token budgets: they reset at this zone's midnight
 * @param metrics          the registry the gateway's collectors join (the hub passes its own)
 * @param redisUrl         Redis shared by the gateway's replicas; null runs alone, with places counted in memory
 * @param redisKeyPrefix   keeps the keys of one deployment (or one test) apart from others on the same Redis
 * @param expectedReplicas replicas sharing the pools; without Redis each keeps to its part of the capacity
 * @param leaseTtl         how long a place counted in Redis outlives a replica that stopped renewing it
 * @param usage            told of every finished call (the hub's usage ledger, or a Kafka publisher); runs on the
 *                         event loop, so it must hand the work off rather than block
 */
public record GatewaySettings(Map<Priority, Duration> maxQueueWait, ZoneId zone, CollectorRegistry metrics,
                              String redisUrl, String redisKeyPrefix, int expectedReplicas, Duration leaseTtl,
                              CapacitySettings capacity, Consumer<FinishedCall> usage) {
    public GatewaySettings {
        usage = usage == null ? call -> { } : usage;
        maxQueueWait = new EnumMap<>(maxQueueWait);
        for (Priority p : Priority.values()) {
            Duration d = maxQueueWait.get(p);
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("maxQueueWait needs a positive duration for " + p.wireName());
            }
        }
        if (expectedReplicas < 1) {
            throw new IllegalArgumentException("expectedReplicas must be at least 1, not " + expectedReplicas);
        }
    }

    /**
     * A patient in a chat gives up within half a minute; a clinician's page within a few; overnight work may wait
     * for the morning peak to pass.
     */
    public static GatewaySettings defaults() {
        return new GatewaySettings(Map.of(Priority.INTERACTIVE, Duration.ofSeconds(30),
                Priority.STANDARD, Duration.ofMinutes(2), Priority.BATCH, Duration.ofMinutes(30)),
                ZoneId.of("Asia/Shanghai"), new CollectorRegistry(true), null, "yilian:scheduler:", 2,
                Duration.ofSeconds(30), CapacitySettings.defaults(), null);
    }

    public GatewaySettings withMaxQueueWait(Priority priority, Duration wait) {
        Map<Priority, Duration> waits = new EnumMap<>(maxQueueWait);
        waits.put(priority, wait);
        return new GatewaySettings(waits, zone, metrics, redisUrl, redisKeyPrefix, expectedReplicas, leaseTtl, capacity, usage);
    }

    public GatewaySettings withZone(ZoneId zone) {
        return new GatewaySettings(maxQueueWait, zone, metrics, redisUrl, redisKeyPrefix, expectedReplicas, leaseTtl, capacity, usage);
    }

    public GatewaySettings withMetrics(CollectorRegistry metrics) {
        return new GatewaySettings(maxQueueWait, zone, metrics, redisUrl, redisKeyPrefix, expectedReplicas, leaseTtl, capacity, usage);
    }

    public GatewaySettings withRedis(String url, String keyPrefix, int expectedReplicas) {
        return new GatewaySettings(maxQueueWait, zone, metrics, url, keyPrefix, expectedReplicas, leaseTtl, capacity, usage);
    }

    public GatewaySettings withCapacity(CapacitySettings capacity) {
        return new GatewaySettings(maxQueueWait, zone, metrics, redisUrl, redisKeyPrefix, expectedReplicas, leaseTtl, capacity, usage);
    }

    public GatewaySettings withUsage(Consumer<FinishedCall> usage) {
        return new GatewaySettings(maxQueueWait, zone, metrics, redisUrl, redisKeyPrefix, expectedReplicas, leaseTtl, capacity, usage);
    }

    public Duration maxQueueWait(Priority p) {
        return maxQueueWait.get(p);
    }
}
