package com.yilian.hub.outbox;

import java.time.Instant;

/** One row of the outbox, as the relay reads it. */
public record OutboxEvent(long id, String eventId, String topic, String key, String tenantId, String type,
                          String payload, Instant createdAt) {
}
