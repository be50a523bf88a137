package com.yilian.agents.llm.audit;

import com.yilian.agents.llm.routing.ModelCall;

import java.util.Map;

/**
 * The per-call facts a {@link AuditingListener} needs, carried as langchain4j listener attributes
 * ({@code ChatRequestOptions.listenerAttributes}): one model instance per endpoint serves every tenant and agent.
 */
public record CallAttributes(ModelCall call, String endpointId, String dataClassSent) {

    static final String KEY = CallAttributes.class.getName();

    public Map<Object, Object> asListenerAttributes() {
        return Map.of(KEY, this);
    }

    static CallAttributes from(Map<Object, Object> attributes) {
        return (CallAttributes) attributes.get(KEY);
    }
}
