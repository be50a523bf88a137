package com.yilian.hub.agents;

import com.yilian.agents.llm.audit.AuditRecord;
import com.yilian.agents.llm.audit.AuditSink;
import com.yilian.hub.outbox.Outbox;
import com.yilian.hub.outbox.OutboxTopics;

/**
 * Writes each model call's audit record to the outbox. The call happens outside the engine's transaction (a model
 * call must not hold one), so the record commits on its own: a call that was made is recorded even if its step
 * later fails.
 */
final class OutboxAuditSink implements AuditSink {

    private final Outbox outbox;

    OutboxAuditSink(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void write(AuditRecord record) {
        String key = record.encounterId() != null ? record.encounterId() : record.tenantId();
        outbox.append(OutboxTopics.AUDIT, key, record.tenantId(), "model-call", record);
    }
}
