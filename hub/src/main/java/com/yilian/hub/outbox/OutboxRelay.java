package com.yilian.hub.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox to Kafka, oldest first, and marks what the brokers acknowledged. When Kafka is down nothing is
 * marked and the next pass starts again from the oldest unsent event, so nothing is lost and order per key holds;
 * an event whose acknowledgement was lost is sent again, and consumers drop the repeat by its {@code event-id} header.
 */
public class OutboxRelay {

    public static final String EVENT_ID_HEADER = "event-id";
    public static final String EVENT_TYPE_HEADER = "event-type";
    public static final String TENANT_HEADER = "tenant-id";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final RelayLease lease;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final Duration sendTimeout;

    public OutboxRelay(Outbox outbox, RelayLease lease, Producer<String, String> producer, int batchSize,
                       Duration sendTimeout) {
        this.outbox = outbox;
        this.lease = lease;
        this.producer = producer;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    /** One pass: returns how many events the brokers acknowledged (0 when another replica holds the lease). */
    public int relayOnce() {
        if (!lease.tryAcquire()) return 0;
        List<OutboxEvent> events = outbox.pending(batchSize);
        if (events.isEmpty()) return 0;
        if (!brokersKnow(events)) return 0;
        List<Future<RecordMetadata>> sends = new ArrayList<>(events.size());
        try {
            for (OutboxEvent e : events) {
                Future<RecordMetadata> send = producer.send(record(e));
                sends.add(send);
                // A send that failed at once (no metadata, record too large) ends the pass: the rest would wait too.
                if (send.isDone() && failed(send)) break;
            }
            producer.flush();
        } catch (RuntimeException e) {
            log.warn("Kafka refused the outbox batch ({} events pending): {}", events.size(), e.toString());
        }
        List<Long> acknowledged = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            // Stop at the first failure: later events wait so that a key's events are not overtaken.
            if (!acknowledged(sends.get(i), events.get(i))) break;
            acknowledged.add(events.get(i).id());
        }
        if (!acknowledged.isEmpty()) outbox.markRelayed(acknowledged);
        return acknowledged.size();
    }

    /**
     * Asks for the topics' partitions once per pass: while the brokers are down this fails after one send timeout,
     * instead of once per event.
     */
    private boolean brokersKnow(List<OutboxEvent> events) {
        for (String topic : events.stream().map(OutboxEvent::topic).distinct().toList()) {
            try {
                producer.partitionsFor(topic);
            } catch (RuntimeException e) {
                log.warn("Kafka is not reachable ({}); {} outbox events wait for the next pass", e.toString(),
                        events.size());
                return false;
            }
        }
        return true;
    }

    private static boolean failed(Future<RecordMetadata> send) {
        try {
            send.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private boolean acknowledged(Future<RecordMetadata> send, OutboxEvent event) {
        try {
            send.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            log.warn("Kafka did not take outbox event {} ({} on {}); it stays in the outbox and is sent again: {}",
                    event.id(), event.type(), event.topic(), e.getCause() != null ? e.getCause().toString() : e.toString());
            return false;
        }
    }

    private static ProducerRecord<String, String> record(OutboxEvent e) {
        ProducerRecord<String, String> r = new ProducerRecord<>(e.topic(), null, e.createdAt().toEpochMilli(), e.key(),
                e.payload());
        r.headers().add(EVENT_ID_HEADER, e.eventId().getBytes(StandardCharsets.UTF_8));
        r.headers().add(EVENT_TYPE_HEADER, e.type().getBytes(StandardCharsets.UTF_8));
        if (e.tenantId() != null) r.headers().add(TENANT_HEADER, e.tenantId().getBytes(StandardCharsets.UTF_8));
        return r;
    }
}
