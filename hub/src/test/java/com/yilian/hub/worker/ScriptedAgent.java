package com.yilian.hub.worker;

import com.yilian.agents.step.StepAgent;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A test agent that answers as the test scripts it and remembers every request it got. */
final class ScriptedAgent implements StepAgent {

    private final String name;
    private final Function<StepRequest, StepResult> script;
    final List<StepRequest> requests = new CopyOnWriteArrayList<>();

    ScriptedAgent(String name, Function<StepRequest, StepResult> script) {
        this.name = name;
        this.script = script;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public StepResult run(StepRequest request) {
        requests.add(request);
        return script.apply(request);
    }
}
