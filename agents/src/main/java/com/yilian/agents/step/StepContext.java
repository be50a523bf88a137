package com.yilian.agents.step;

/**
 * Who runs a step and how its model calls must be made.
 *
 * @param tenantId    the hospital that owns the process instance; model calls are made and audited under it
 * @param encounterId the encounter (process business key), for the audit trail and to keep one encounter's events
 *                    together; may be null
 * @param priority    {@code interactive}, {@code standard} or {@code batch}, passed on to the gpu-scheduler
 * @param dataClass   {@code phi}, {@code deidentified} or {@code public}: what the step's inputs contain
 */
public record StepContext(String tenantId, String encounterId, String priority, String dataClass) {

    public StepContext {
        if (tenantId == null || tenantId.isBlank()) throw new IllegalArgumentException("tenantId is required");
        priority = priority == null || priority.isBlank() ? "standard" : priority;
        // Unknown content is treated as patient-identifiable: the safe default.
        dataClass = dataClass == null || dataClass.isBlank() ? "phi" : dataClass;
    }
}
