package com.yilian.scheduler.sim;

import com.yilian.scheduler.InferenceRequest;
import com.yilian.scheduler.Priority;
import com.yilian.tenants.DataClass;

/** One model call of a load trace: when it arrives, whose it is, how urgent, what data, and how many tokens. */
public record TraceRecord(long tMs, String tenant, Priority priority, DataClass dataClass,
                          int promptTokens, int outputTokens) {

    public InferenceRequest toRequest(long id) {
        return new InferenceRequest(id, tenant, priority, dataClass, promptTokens, outputTokens, tMs);
    }
}
