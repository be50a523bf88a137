package com.yilian.hub.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs relay passes on one thread: back to back while there is a backlog, then at the configured interval. */
public class OutboxRelayRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);

    private final OutboxRelay relay;
    private final Producer<String, String> producer;
    private final Duration interval;
    private final Counter relayed;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("outbox-relay").daemon().unstarted(r));

    public OutboxRelayRunner(OutboxRelay relay, Producer<String, String> producer, Duration interval,
                             MeterRegistry meters) {
        this.relay = relay;
        this.producer = producer;
        this.interval = interval;
        this.relayed = Counter.builder("yilian.outbox.relayed").description("Outbox events acknowledged by Kafka")
                .register(meters);
        thread.schedule(this::pass, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pass() {
        int sent = 0;
        try {
            sent = relay.relayOnce();
            relayed.increment(sent);
        } catch (RuntimeException e) {
            log.warn("outbox relay pass failed; events stay in the outbox: {}", e.toString());
        } finally {
            if (!thread.isShutdown()) thread.schedule(this::pass, sent > 0 ? 0 : interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
