package com.yilian.scheduler.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yilian.scheduler.gateway.FinishedCall;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes each finished call to the {@code yilian.usage} topic (key: hospital), where the hub books it in its
 * usage ledger. Sends happen off the event loop (a send may wait for broker metadata); every event carries an
 * {@code event-id} header, so the ledger drops a repeat. While Kafka is down the producer buffers and retries; usage
 * that cannot be delivered within its delivery timeout is lost from the ledger (the metrics still count it).
 */
public final class KafkaUsagePublisher implements Consumer<FinishedCall>, AutoCloseable {

    public static final String TOPIC = "yilian.usage";

    private final KafkaProducer<String, String> producer;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("usage-publisher").daemon().unstarted(r));

    public KafkaUsagePublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "yilian-scheduler-usage",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    @Override
    public void accept(FinishedCall call) {
        sender.execute(() -> {
            ProducerRecord<String, String> r = new ProducerRecord<>(TOPIC, call.tenant(), eventJson(call));
            r.headers().add("event-id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            producer.send(r);
        });
    }

    /** The shape the hub's ledger reads (its UsageEvent). */
    public static String eventJson(FinishedCall call) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("tenant", call.tenant());
        event.put("pool", call.pool());
        event.put("at", Instant.ofEpochMilli(call.endedAtMs()).toString());
        event.put("requests", 1);
        event.put("promptTokens", call.promptTokens());
        event.put("outputTokens", call.outputTokens());
        event.put("gpuSeconds", call.gpuSeconds());
        event.put("remoteCost", call.remoteCost());
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        sender.shutdown();
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
