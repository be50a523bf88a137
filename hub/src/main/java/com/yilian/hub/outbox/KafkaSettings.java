package com.yilian.hub.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the outbox is relayed to. With no bootstrap servers (the embedded default) events stay in the outbox table,
 * which is the audit trail of record either way.
 *
 * @param bootstrapServers Kafka brokers, e.g. {@code kafka-0:9092,kafka-1:9092}; blank turns Kafka off
 * @param relayInterval    pause between relay passes when the outbox is drained
 * @param batchSize        events per relay pass
 * @param sendTimeout      how long one pass waits for the brokers before trying again later
 * @param leaseDuration    how long a hub replica holds the relay before another may take over
 * @param consumerGroup    the hub replicas' consumer group for usage events
 */
@ConfigurationProperties("yilian.kafka")
public record KafkaSettings(String bootstrapServers, Duration relayInterval, Integer batchSize, Duration sendTimeout,
                            Duration leaseDuration, String consumerGroup) {

    public KafkaSettings {
        relayInterval = relayInterval == null ? Duration.ofMillis(500) : relayInterval;
        batchSize = batchSize == null ? 500 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        leaseDuration = leaseDuration == null ? Duration.ofSeconds(30) : leaseDuration;
        consumerGroup = consumerGroup == null || consumerGroup.isBlank() ? "yilian-hub" : consumerGroup;
        if (batchSize < 1) throw new IllegalArgumentException("yilian.kafka.batch-size must be at least 1, was " + batchSize);
    }

    public boolean enabled() {
        return bootstrapServers != null && !bootstrapServers.isBlank();
    }
}
