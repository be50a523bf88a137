package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.baseline.EngineAgent;
import com.yilian.agents.baseline.EngineAgents;
import com.yilian.agents.baseline.Json;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.step.StepContext;
import com.yilian.agents.step.StepRequest;

/** Step requests as the hub's worker builds them, inputs in the engine agents' shapes, and those agents. */
final class Requests {

    static final DiagnosticEngine ENGINE = DiagnosticEngine.standard();
    static final StepContext CONTEXT = new StepContext("community-a", "enc-42", "interactive", "phi");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static StepRequest request(String agent, Object... nameValue) {
        ObjectNode inputs = Json.object();
        for (int i = 0; i < nameValue.length; i += 2) {
            Object v = nameValue[i + 1];
            if (v instanceof JsonNode n) inputs.set((String) nameValue[i], n);
            else inputs.put((String) nameValue[i], (String) v);
        }
        return new StepRequest(agent, CONTEXT, inputs);
    }

    /** The engine agent of that name: the grounded result and the fallback of its LLM agent. */
    static EngineAgent engineAgent(String name) {
        return EngineAgents.allEngineAgents(ENGINE).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * An {@code intakeSummary} as the intake interviewer stores it (the parts the later agents read).
     *
     * @param findings evidence codes the patient reported; a leading "-" marks one the patient denied
     */
    static ObjectNode intake(int age, String sex, String chiefComplaint, String... findings) {
        ObjectNode s = Json.object();
        s.putObject("patient").put("age", age).put("sex", sex);
        s.putObject("chiefComplaint").put("code", chiefComplaint);
        ObjectNode evidence = s.putObject("evidence");
        evidence.putObject(chiefComplaint).put("positive", true).putArray("values");
        for (String f : findings) {
            boolean denied = f.startsWith("-");
            evidence.putObject(denied ? f.substring(1) : f).put("positive", !denied).putArray("values");
        }
        return s;
    }

    static JsonNode json(String s) {
        try {
            return MAPPER.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(s, e);
        }
    }
}
