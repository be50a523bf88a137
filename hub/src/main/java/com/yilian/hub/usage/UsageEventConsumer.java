package com.yilian.hub.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yilian.hub.outbox.OutboxRelay;
import com.yilian.hub.outbox.OutboxTopics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the scheduler's usage events into the ledger. Offsets are committed after the ledger's transaction, so a
 * crash redelivers and the ledger drops the repeat by event id; an unreadable event is logged, counted and skipped
 * rather than blocking every later one.
 */
public class UsageEventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UsageEventConsumer.class);

    private final Supplier<Consumer<String, String>> consumers;
    private final UsageLedger ledger;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Counter applied;
    private final Counter repeated;
    private final Counter unreadable;
    private volatile Consumer<String, String> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    public UsageEventConsumer(Supplier<Consumer<String, String>> consumers, UsageLedger ledger, TransactionTemplate tx,
                              ObjectMapper json, MeterRegistry meters) {
        this.consumers = consumers;
        this.ledger = ledger;
        this.tx = tx;
        this.json = json;
        this.applied = Counter.builder("yilian.usage.events").tag("outcome", "applied").register(meters);
        this.repeated = Counter.builder("yilian.usage.events").tag("outcome", "repeat").register(meters);
        this.unreadable = Counter.builder("yilian.usage.events").tag("outcome", "unreadable").register(meters);
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("usage-consumer").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, String> c = consumer;
        if (c != null) c.wakeup();
        try {
            if (thread != null) thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try (Consumer<String, String> c = consumers.get()) {
            consumer = c;
            c.subscribe(List.of(OutboxTopics.USAGE));
            while (running) {
                var records = c.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> r : records) handle(r);
                if (!records.isEmpty()) c.commitSync();
            }
        } catch (WakeupException e) {
            if (running) log.warn("usage consumer woken up unexpectedly", e);
        } catch (RuntimeException e) {
            log.error("usage consumer stopped; usage events wait in Kafka until the hub restarts", e);
        }
    }

    void handle(ConsumerRecord<String, String> r) {
        String eventId = header(r, OutboxRelay.EVENT_ID_HEADER);
        if (eventId == null) eventId = r.topic() + "-" + r.partition() + "-" + r.offset();
        UsageEvent event;
        try {
            event = json.readValue(r.value(), UsageEvent.class);
        } catch (Exception e) {
            unreadable.increment();
            log.warn("skipping unreadable usage event at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(),
                    e.getMessage());
            return;
        }
        String id = eventId;
        Boolean fresh = tx.execute(status -> ledger.apply(id, event));
        (Boolean.TRUE.equals(fresh) ? applied : repeated).increment();
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
