package com.yilian.hub.usage;

import java.time.Instant;

/**
 * What the scheduler reports for finished inference calls of one hospital on one pool (one call or an aggregate).
 *
 * @param gpuSeconds  GPU time the calls held on a local pool (0 on a remote API)
 * @param remoteCost  price of the calls on a remote API, in the currency of the consortium file (0 on local pools)
 */
public record UsageEvent(String tenant, String pool, Instant at, long requests, long promptTokens, long outputTokens,
                         double gpuSeconds, double remoteCost) {

    public UsageEvent {
        if (tenant == null || tenant.isBlank()) throw new IllegalArgumentException("usage event without tenant");
        if (pool == null || pool.isBlank()) throw new IllegalArgumentException("usage event without pool");
        if (at == null) throw new IllegalArgumentException("usage event without time (field 'at')");
        if (requests < 0 || promptTokens < 0 || outputTokens < 0 || gpuSeconds < 0 || remoteCost < 0) {
            throw new IllegalArgumentException("usage event with a negative count");
        }
    }
}
