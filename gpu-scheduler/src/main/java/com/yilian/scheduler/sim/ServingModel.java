package com.yilian.scheduler.sim;

/**
 * The simulator's model of GPU serving: simple, and honest about what it leaves out.
 *
 * <ul>
 *   <li>A local replica runs up to {@code maxConcurrentSequences} sequences and has a budget of
 *       {@code tokensPerSecond} decode tokens per second, shared equally by its running sequences (processor
 *       sharing), each capped at {@link #maxDecodePerSequence} (one stream cannot decode faster than memory
 *       bandwidth allows, however idle the GPU).</li>
 *   <li>Prefill costs {@code 1 / prefillSpeedup} of a decode token per prompt token and goes first, as in vLLM's
 *       chunked prefill: prefilling sequences share at least {@code 1 − decodeShareDuringPrefill} of the budget.
 *       Time to first token is queue wait + prefill.</li>
 *   <li>A pre-empted sequence loses its KV cache: when it runs again it prefills its prompt and the tokens it had
 *       produced (vLLM's recompute mode), then continues.</li>
 *   <li>A remote pool answers after a fixed latency plus prefill at {@link #remotePrefillPerSecond}, then streams
 *       at {@link #remoteDecodePerSequence}; only its requests-per-minute limit bounds it. Cost is from its prices.</li>
 *   <li>Left out: KV-cache memory limits (a sequence needs only a place), speculative decoding, prefix caching,
 *       network time inside the consortium, and replica start-up (replicas are up for the whole run).</li>
 * </ul>
 */
public record ServingModel(double prefillSpeedup, double maxDecodePerSequence, double decodeShareDuringPrefill,
                           long remoteLatencyMs, double remotePrefillPerSecond, double remoteDecodePerSequence,
                           long tickMs) {

    public static ServingModel defaults() {
        return new ServingModel(10, 60, 0.5, 800, 10_000, 50, 1_000);
    }
}
