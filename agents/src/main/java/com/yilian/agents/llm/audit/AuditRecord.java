package com.yilian.agents.llm.audit;

import java.time.Instant;

/**
 * One model call, as the audit trail keeps it. The prompt itself is not kept, only its SHA-256.
 *
 * @param endpoint     id of the endpoint (or the gpu-scheduler pool) that served the call
 * @param dataClass    the data class actually sent: {@code deidentified} when PHI was de-identified for a remote endpoint
 * @param inputTokens  prompt tokens reported by the endpoint; null when it reported none
 * @param outputTokens completion tokens reported by the endpoint; null when it reported none
 * @param promptSha256 hex SHA-256 of the messages sent, one per line as {@code role: text}
 * @param outcome      {@code ok}, or the error's type (e.g. {@code RateLimitException})
 */
public record AuditRecord(Instant at, String tenantId, String agent, String encounterId, String model,
                          String endpoint, String dataClass, Integer inputTokens, Integer outputTokens,
                          long latencyMs, String promptSha256, String outcome) {}
