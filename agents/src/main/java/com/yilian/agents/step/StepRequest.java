package com.yilian.agents.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One workflow step for an agent, as the hub's {@code yilian-agent} worker hands it over.
 *
 * @param agent   the agent's name, e.g. {@code intake-interviewer} (see {@link AgentNames})
 * @param context who asks and how the model call must be made
 * @param inputs  the process variables named by the task's {@code agentInputs}: JSON values as parsed JSON, plain
 *                text as text nodes; absent variables are absent fields
 */
public record StepRequest(String agent, StepContext context, ObjectNode inputs) {

    public StepRequest {
        if (agent == null || agent.isBlank()) throw new IllegalArgumentException("agent is required");
        if (context == null) throw new IllegalArgumentException("context is required");
        inputs = inputs == null ? JsonNodeFactory.instance.objectNode() : inputs;
    }

    /** An input, or null when the process did not have it (a JSON null counts as absent). */
    public JsonNode input(String name) {
        JsonNode n = inputs.get(name);
        return n == null || n.isNull() ? null : n;
    }

    /** A text input, or null when absent or blank. */
    public String text(String name) {
        JsonNode n = input(name);
        if (n == null) return null;
        String s = n.isTextual() ? n.asText() : n.toString();
        return s.isBlank() ? null : s;
    }
}
