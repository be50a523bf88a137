package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.step.StepContext;
import com.yilian.agents.step.StepRequest;

/** Step requests as the hub's worker builds them. */
final class Requests {

    static final StepContext CONTEXT = new StepContext("community-a", "enc-42", "interactive", "phi");

    static StepRequest request(String agent, Object... nameValue) {
        ObjectNode inputs = EngineJson.MAPPER.createObjectNode();
        for (int i = 0; i < nameValue.length; i += 2) {
            Object v = nameValue[i + 1];
            if (v instanceof JsonNode n) inputs.set((String) nameValue[i], n);
            else inputs.put((String) nameValue[i], (String) v);
        }
        return new StepRequest(agent, CONTEXT, inputs);
    }

    static ObjectNode patient(int age, String sex, String chiefComplaint) {
        return EngineJson.MAPPER.createObjectNode().put("age", age).put("sex", sex).put("chiefComplaint", chiefComplaint);
    }

    static JsonNode json(String s) {
        try {
            return EngineJson.MAPPER.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(s, e);
        }
    }
}
