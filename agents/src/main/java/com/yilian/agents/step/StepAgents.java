package com.yilian.agents.step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The agents by name: what the hub's worker looks a task's {@code agent} up in. */
public final class StepAgents {

    private final Map<String, StepAgent> byName = new LinkedHashMap<>();

    public StepAgents(List<? extends StepAgent> agents) {
        for (StepAgent a : agents) {
            if (byName.put(a.name(), a) != null) throw new IllegalArgumentException("two agents named " + a.name());
        }
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /** Runs the step on its agent; an unknown agent name is a modelling error the clinical lead must fix. */
    public StepResult run(StepRequest request) {
        StepAgent agent = byName.get(request.agent());
        if (agent == null) {
            throw new IllegalArgumentException("unknown agent '" + request.agent() + "' (known: "
                    + String.join(", ", byName.keySet()) + "); fix the task's 'agent' input in the BPMN model");
        }
        return agent.run(request);
    }
}
