package com.yilian.hub.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.hub.outbox.KafkaClients;
import com.yilian.hub.outbox.KafkaSettings;
import com.yilian.hub.outbox.OutboxRelay;
import com.yilian.hub.outbox.OutboxTopics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import com.yilian.hub.support.HubTablesDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** Usage events from Kafka land in the ledger once each; garbage is skipped, not fatal. */
@org.junit.jupiter.api.Timeout(180)
class UsageEventConsumerKafkaTest {

    @Test
    void repeatsAreDroppedAndGarbageIsSkipped() throws Exception {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 2, OutboxTopics.USAGE);
        broker.afterPropertiesSet();
        HubTablesDatabase db = new HubTablesDatabase();
        JdbcTemplate jdbc = db.jdbc;
        UsageLedger ledger = new UsageLedger(jdbc, ZoneId.of("Asia/Shanghai"));
        KafkaSettings settings = new KafkaSettings(broker.getBrokersAsString(), null, null, Duration.ofSeconds(10),
                null, "test-" + UUID.randomUUID());
        UsageEventConsumer consumer = new UsageEventConsumer(() -> KafkaClients.consumer(settings, "test"), ledger,
                db.tx, db.json, new SimpleMeterRegistry());
        try (KafkaProducer<String, String> producer = KafkaClients.producer(settings, "scheduler-test")) {
            String event = "{\"tenant\":\"chengdong-chc\",\"pool\":\"local-intake\",\"at\":\"2026-11-22T02:00:00Z\","
                    + "\"requests\":1,\"promptTokens\":200,\"outputTokens\":80,\"gpuSeconds\":0.4,\"remoteCost\":0}";
            send(producer, "u-1", event);
            send(producer, "u-1", event);           // redelivered by an at-least-once producer
            send(producer, "u-2", "{not json");     // a broken event must not block the rest
            send(producer, "u-3", event);
            producer.flush();

            consumer.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && applied(jdbc) < 2) Thread.sleep(200);
        } finally {
            consumer.stop();
            broker.destroy();
        }

        var rows = ledger.rows(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22), "chengdong-chc");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.requests()).isEqualTo(2);
            assertThat(r.promptTokens()).isEqualTo(400);
        });
    }

    private static long applied(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM yilian_consumed_event", Long.class);
    }

    private static void send(KafkaProducer<String, String> producer, String eventId, String value) {
        ProducerRecord<String, String> r = new ProducerRecord<>(OutboxTopics.USAGE, "chengdong-chc", value);
        r.headers().add(OutboxRelay.EVENT_ID_HEADER, eventId.getBytes(StandardCharsets.UTF_8));
        producer.send(r);
    }
}
