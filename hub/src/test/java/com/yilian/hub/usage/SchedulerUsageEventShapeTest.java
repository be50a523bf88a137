package com.yilian.hub.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.yilian.scheduler.gateway.FinishedCall;
import com.yilian.scheduler.usage.KafkaUsagePublisher;
import com.yilian.hub.outbox.OutboxTopics;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a standalone scheduler publishes is what the hub's ledger consumer reads. */
class SchedulerUsageEventShapeTest {

    @Test
    void thePublishedEventReadsAsAUsageEvent() throws Exception {
        long at = Instant.parse("2026-11-22T02:00:00Z").toEpochMilli();
        String json = KafkaUsagePublisher.eventJson(
                new FinishedCall("xishan-thc", "deepseek", "batch", true, 1200, 300, 0, 0.0048, at));

        UsageEvent event = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(json, UsageEvent.class);

        assertThat(event).isEqualTo(new UsageEvent("xishan-thc", "deepseek", Instant.ofEpochMilli(at), 1, 1200, 300, 0,
                0.0048));
        assertThat(KafkaUsagePublisher.TOPIC).isEqualTo(OutboxTopics.USAGE);
    }
}
