package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.knowledge.Text;

/** Small JSON helpers shared by the engine agents. */
final class Json {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() { }

    static ObjectNode object() {
        return F.objectNode();
    }

    static ArrayNode array() {
        return F.arrayNode();
    }

    static ObjectNode text(Text t) {
        return object().put("zh", t.zh()).put("en", t.en());
    }

    static ObjectNode text(String zh, String en) {
        return object().put("zh", zh).put("en", en);
    }

    /** Probabilities rounded so that the JSON stays readable and identical across runs. */
    static double round(double p) {
        return Math.round(p * 10_000d) / 10_000d;
    }

    /** An object input, also when the process handed it over as JSON text; null when absent or not an object. */
    static ObjectNode objectInput(JsonNode n) {
        if (n == null) return null;
        if (n.isObject()) return (ObjectNode) n;
        if (n.isTextual()) {
            try {
                JsonNode parsed = MAPPER.readTree(n.asText());
                return parsed != null && parsed.isObject() ? (ObjectNode) parsed : null;
            } catch (Exception notJson) {
                return null;
            }
        }
        return null;
    }

    /** A text field of an object, or the fallback. */
    static String str(JsonNode n, String field, String fallback) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? fallback : v.asText();
    }
}
