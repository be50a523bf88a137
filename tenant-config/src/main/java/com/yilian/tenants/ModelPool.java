package com.yilian.tenants;

/**
 * A set of model servers behind one OpenAI-compatible endpoint.
 *
 * @param replicas                    local pools: how many servers the pool starts with
 * @param maxConcurrentSequences      sequences one server runs at once (vLLM's {@code --max-num-seqs})
 * @param tokensPerSecond             generation throughput of one server; 0 when unknown (remote)
 * @param requestsPerMinute           the provider's rate limit; 0 means unlimited
 * @param inputPricePerMillionTokens  CNY, for cost reports of remote pools
 * @param outputPricePerMillionTokens CNY, for cost reports of remote pools
 * @param apiKeyEnv                   name of the environment variable holding the endpoint's key; may be null
 */
public record ModelPool(String id, PoolKind kind, String endpoint, String model,
                        int replicas, int maxConcurrentSequences, int tokensPerSecond, int requestsPerMinute,
                        double inputPricePerMillionTokens, double outputPricePerMillionTokens,
                        String apiKeyEnv) {

    /** PHI stays on the consortium's own GPUs; anything else may also go to a remote API. */
    public boolean mayReceive(DataClass dataClass) {
        return kind == PoolKind.LOCAL || dataClass != DataClass.PHI;
    }
}
