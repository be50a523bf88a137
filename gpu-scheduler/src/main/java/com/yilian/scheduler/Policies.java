package com.yilian.scheduler;

import java.util.List;
import java.util.Optional;

/** The policies by the names the simulator's {@code --policies} option accepts. */
public final class Policies {
    public static final List<String> NAMES = List.of("fcfs", "static", "vtc", "yilian");

    private Policies() {
    }

    public static Optional<Scheduler> create(String name, SchedulerSetup setup) {
        return Optional.ofNullable(switch (name) {
            case "fcfs" -> new FcfsScheduler(setup);
            case "static" -> new StaticSplitScheduler(setup);
            case "vtc" -> new VtcScheduler(setup);
            case "yilian" -> new YilianScheduler(setup);
            default -> null;
        });
    }
}
