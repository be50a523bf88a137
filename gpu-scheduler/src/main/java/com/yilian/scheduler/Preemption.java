package com.yilian.scheduler;

/** Stop a running request at once; the scheduler has already put it back in its tenant's queue. */
public record Preemption(long requestId, String poolId, String tenantId) {
}
