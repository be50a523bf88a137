package com.yilian.scheduler;

import com.yilian.tenants.DataClass;

/**
 * One model call as the scheduler sees it.
 *
 * @param outputTokens the tokens the caller asks for (max_tokens); the scheduler plans with it, the backend may stop earlier
 * @param arrivalMs    on the driver's clock (wall clock in the gateway, virtual clock in the simulator)
 */
public record InferenceRequest(long id, String tenantId, Priority priority, DataClass dataClass,
                               int promptTokens, int outputTokens, long arrivalMs) {
}
