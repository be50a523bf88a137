package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.step.StepResult;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Small engine-only fallbacks for the tests: the engine's diagnosis matrix, marked with the reason. */
final class Fallbacks {

    static final DiagnosticEngine ENGINE = DiagnosticEngine.standard();

    final List<StepResult.Degradation> used = new CopyOnWriteArrayList<>();

    Fallback engineOnly() {
        PatientStates states = new PatientStates(ENGINE.knowledgeBase());
        return (request, why) -> {
            used.add(why);
            PatientState state = states.read(request);
            ObjectNode result = EngineJson.MAPPER.createObjectNode();
            result.set("diagnosisMatrix", EngineJson.tree(ENGINE.diagnosisMatrix(state)));
            return StepResult.done(result, Map.of(), why);
        };
    }

    Map<String, Fallback> all() {
        Map<String, Fallback> m = new java.util.HashMap<>();
        for (String name : com.yilian.agents.step.AgentNames.ALL) m.put(name, engineOnly());
        return m;
    }
}
