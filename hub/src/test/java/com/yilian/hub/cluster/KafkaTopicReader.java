package com.yilian.hub.cluster;

import com.yilian.hub.outbox.OutboxRelay;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning until it has been quiet for a few polls: the event-id header of every record. */
final class KafkaTopicReader {

    private KafkaTopicReader() {
    }

    static List<String> eventIds(String bootstrap, String topic, int atLeast) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "cluster-it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            List<String> ids = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int quietPolls = 0;
            while (System.nanoTime() < deadline && (ids.size() < atLeast || quietPolls < 3)) {
                int before = ids.size();
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    Header id = r.headers().lastHeader(OutboxRelay.EVENT_ID_HEADER);
                    ids.add(id == null ? "(no event-id)" : new String(id.value(), StandardCharsets.UTF_8));
                });
                quietPolls = ids.size() == before && ids.size() >= atLeast ? quietPolls + 1 : 0;
            }
            return ids;
        }
    }
}
