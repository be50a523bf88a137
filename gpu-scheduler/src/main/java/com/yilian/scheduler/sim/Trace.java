package com.yilian.scheduler.sim;

import java.util.List;

/**
 * A trace as read: its records in arrival order, and a message for every line that was skipped.
 *
 * @param problems e.g. {@code trace.jsonl:12: priority must be one of interactive, standard, batch}
 */
public record Trace(List<TraceRecord> records, List<String> problems) {
    public Trace {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }
}
