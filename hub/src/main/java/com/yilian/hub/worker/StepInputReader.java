package com.yilian.hub.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Date;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Turns the process variables a task names in {@code agentInputs} into the agent's JSON inputs: JSON values (Spin
 * JSON, or strings holding a JSON object or array) as parsed JSON, everything else as plain text or numbers.
 */
final class StepInputReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StepInputReader() {
    }

    static ObjectNode inputs(AgentTask task) {
        ObjectNode inputs = JSON.createObjectNode();
        for (String name : task.agentInputs()) {
            Object value = task.variables().get(name);
            if (value != null) {
                inputs.set(name, node(value));
            }
        }
        return inputs;
    }

    static JsonNode node(Object value) {
        if (value instanceof SpinJsonNode spin) {
            return parse(spin.toString());
        }
        if (value instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                try {
                    return JSON.readTree(trimmed);
                } catch (JsonProcessingException notJson) {
                    // Plain text that happens to start with a bracket: hand it over as text.
                }
            }
            return JSON.getNodeFactory().textNode(text);
        }
        if (value instanceof Date date) {
            return JSON.getNodeFactory().textNode(date.toInstant().toString());
        }
        return JSON.valueToTree(value);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON process variable does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
