package com.yilian.agents.llm.routing;

import java.time.Duration;
import java.util.Map;

/**
 * One OpenAI-compatible chat-completions endpoint (usually the gpu-scheduler, sometimes a remote API).
 *
 * @param id            name the routes refer to
 * @param baseUrl       e.g. {@code http://scheduler:8090/v1}
 * @param model         model name sent in the request
 * @param apiKey        default credential; may be null when every tenant has its own key
 * @param remote        true when the endpoint is outside the consortium: PHI is then de-identified before it leaves
 * @param timeout       per call; null = 60 s
 * @param maxRetries    retries of the client itself on transient errors; null = 0 (the step falls back instead)
 * @param tenantApiKeys per-tenant credentials (the gpu-scheduler authenticates each hospital); may be null
 */
public record EndpointConfig(String id, String baseUrl, String model, String apiKey, boolean remote,
                             Duration timeout, Integer maxRetries, Map<String, String> tenantApiKeys) {

    public EndpointConfig {
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        maxRetries = maxRetries == null ? 0 : maxRetries;
        tenantApiKeys = tenantApiKeys == null ? Map.of() : Map.copyOf(tenantApiKeys);
    }

    /** The credential to send for a tenant: its own key when configured, else the endpoint's key. */
    public String apiKeyFor(String tenantId) {
        return tenantApiKeys.getOrDefault(tenantId, apiKey);
    }
}
