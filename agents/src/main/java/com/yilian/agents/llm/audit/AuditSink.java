package com.yilian.agents.llm.audit;

/** Where audit records go; the hub writes them to its outbox in the step's transaction. Must be thread-safe. */
@FunctionalInterface
public interface AuditSink {

    void write(AuditRecord record);

    AuditSink NONE = record -> { };
}
