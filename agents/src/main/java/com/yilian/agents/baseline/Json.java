package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.knowledge.Text;

/** Small JSON helpers shared by the engine agents and the LLM agents that enrich their results. */
public final class Json {

    public static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() { }

    public static ObjectNode object() {
        return F.objectNode();
    }

    public static ArrayNode array() {
        return F.arrayNode();
    }

    public static ObjectNode text(Text t) {
        return object().put("zh", t.zh()).put("en", t.en());
    }

    public static ObjectNode text(String zh, String en) {
        return object().put("zh", zh).put("en", en);
    }

    /** An engine record (or any value) as a JSON tree. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Probabilities rounded so that the JSON stays readable and identical across runs. */
    public static double round(double p) {
        return Math.round(p * 10_000d) / 10_000d;
    }

    /** An object input, also when the process handed it over as JSON text; null when absent or not an object. */
    public static ObjectNode objectInput(JsonNode n) {
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
    public static String str(JsonNode n, String field, String fallback) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? fallback : v.asText();
    }
}
