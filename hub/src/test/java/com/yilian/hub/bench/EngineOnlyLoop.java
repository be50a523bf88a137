package com.yilian.hub.bench;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The baseline: the engine's own fetch-and-lock / complete calls in one plain loop, writing the same JSON result a
 * step writes, with none of the hub worker's machinery (virtual threads, lock keeping, input reading, metrics).
 */
final class EngineOnlyLoop implements AutoCloseable {

    static final String TOPIC = "bench-engine-only";
    private final ExternalTaskService tasks;
    private final String topic;
    private final Thread thread;
    private volatile boolean running = true;

    EngineOnlyLoop(ExternalTaskService tasks, String topic, int maxTasks) {
        this.tasks = tasks;
        this.topic = topic;
        this.thread = Thread.ofPlatform().name("bench-engine-only").daemon().start(() -> loop(maxTasks));
    }

    private void loop(int maxTasks) {
        while (running) {
            List<LockedExternalTask> locked = tasks.fetchAndLock(maxTasks, "engine-only", true)
                    .topic(topic, 30_000).execute();
            for (LockedExternalTask task : locked) {
                String resultVariable = String.valueOf(task.getVariables().get("resultVariable"));
                tasks.complete(task.getId(), "engine-only",
                        Map.of(resultVariable, SpinValues.jsonValue("{\"ok\":true,\"degraded\":false}").create()));
            }
            if (locked.isEmpty()) {
                try {
                    Thread.sleep(10); // a short fixed poll: the baseline should not lose to a slow idle wait
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
