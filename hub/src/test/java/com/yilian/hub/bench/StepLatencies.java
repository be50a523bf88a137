package com.yilian.hub.bench;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

/** Per-step latency (task created → completed) from the engine's own history, and its percentiles. */
record StepLatencies(long[] sortedMillis) {

    /** Which steps of each instance to count. */
    enum Steps {
        ALL,
        /** Each instance's first step: created by the process start, so it finds the worker idle or polling. */
        FIRST,
        /** Steps 2..n: created by the completion of the step before, while the worker is busy with the instance. */
        LATER
    }

    static StepLatencies of(HistoryService history, String processKey, Steps which) {
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .activityType("serviceTask").finished().list().stream()
                .filter(a -> a.getProcessDefinitionKey().equals(processKey))
                .filter(a -> switch (which) {
                    case ALL -> true;
                    case FIRST -> a.getActivityId().equals("step1");
                    case LATER -> !a.getActivityId().equals("step1");
                }).toList();
        long[] millis = steps.stream().mapToLong(HistoricActivityInstance::getDurationInMillis).sorted().toArray();
        return new StepLatencies(millis);
    }

    int count() {
        return sortedMillis.length;
    }

    long percentile(double p) {
        if (sortedMillis.length == 0) return -1;
        int index = (int) Math.ceil(p / 100.0 * sortedMillis.length) - 1;
        return sortedMillis[Math.max(0, Math.min(index, sortedMillis.length - 1))];
    }

    @Override
    public String toString() {
        return "steps=" + count() + " p50=" + percentile(50) + "ms p90=" + percentile(90) + "ms p99=" + percentile(99)
                + "ms max=" + (sortedMillis.length == 0 ? -1 : sortedMillis[sortedMillis.length - 1]) + "ms";
    }

}
