package com.yilian.agents.llm.routing;

import com.yilian.agents.step.StepRequest;

/**
 * Who makes one model call and under which rules; it travels with the call to the audit record.
 *
 * @param dataClass what the step's inputs contain ({@code phi}, {@code deidentified}, {@code public})
 */
public record ModelCall(String tenantId, String agent, String encounterId, String priority, String dataClass) {

    public static ModelCall of(StepRequest request) {
        var c = request.context();
        return new ModelCall(c.tenantId(), request.agent(), c.encounterId(), c.priority(), c.dataClass());
    }
}
