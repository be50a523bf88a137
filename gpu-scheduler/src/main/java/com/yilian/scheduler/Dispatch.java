package com.yilian.scheduler;

/**
 * Start a request on a pool now.
 *
 * @param borrowed       the tenant runs above its guaranteed share of this pool, on capacity lent by others
 * @param tokensDoneSoFar output tokens produced before a pre-emption; the backend re-reads them as prompt and continues
 */
public record Dispatch(InferenceRequest request, String poolId, boolean remote, boolean borrowed, int tokensDoneSoFar) {
}
