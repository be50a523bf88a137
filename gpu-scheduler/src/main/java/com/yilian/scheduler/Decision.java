package com.yilian.scheduler;

import java.util.List;

/** What the driver must do now: stop the pre-empted requests first, then start the dispatched ones. */
public record Decision(List<Preemption> preemptions, List<Dispatch> dispatches, List<Refusal> refusals) {
    public static final Decision NOTHING = new Decision(List.of(), List.of(), List.of());

    public Decision {
        preemptions = List.copyOf(preemptions);
        dispatches = List.copyOf(dispatches);
        refusals = List.copyOf(refusals);
    }

    public boolean isEmpty() {
        return preemptions.isEmpty() && dispatches.isEmpty() && refusals.isEmpty();
    }
}
