package com.yilian.scheduler.gateway;

/**
 * One finished call, as the usage ledger books it: who used which pool, how many tokens, how much GPU time or money.
 *
 * @param gpuSeconds time the call held a place on a local pool (0 on a remote API)
 * @param remoteCost price on a remote API, in the consortium file's currency (0 on local pools)
 * @param endedAtMs  epoch milliseconds
 */
public record FinishedCall(String tenant, String pool, String priority, boolean ok, long promptTokens,
                           long outputTokens, double gpuSeconds, double remoteCost, long endedAtMs) {
}
