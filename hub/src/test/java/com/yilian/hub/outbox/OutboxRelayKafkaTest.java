package com.yilian.hub.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.yilian.hub.support.HubTablesDatabase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The outbox against a real KRaft broker in this JVM: everything arrives once, in order per key, also after an outage. */
@Timeout(180)
class OutboxRelayKafkaTest {

    private final HubTablesDatabase db = new HubTablesDatabase();
    private final Outbox outbox = db.outbox();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private EmbeddedKafkaKraftBroker broker;

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : toClose) c.close();
        if (broker != null) broker.destroy();
    }

    @Test
    void everyEventArrivesOnceAndInOrderPerEncounter() {
        broker = startBroker();
        writeEvents(240, 8);
        OutboxRelay relay = relay(broker.getBrokersAsString(), "hub-a", Duration.ofSeconds(10));

        drain(relay);

        assertThat(outbox.pendingCount()).isZero();
        assertDeliveredInOrder(consumeAll(broker.getBrokersAsString(), 240), 240, 8);
    }

    @Test
    void whileKafkaIsDownTheOutboxKeepsEverythingAndRelaysItLaterInOrder() {
        writeEvents(60, 5);
        // Nothing listens on this port: the brokers are down.
        OutboxRelay whileDown = relay("127.0.0.1:" + freePort(), "hub-a", Duration.ofSeconds(2));

        assertThat(whileDown.relayOnce()).as("nothing acknowledged while the brokers are down").isZero();
        assertThat(whileDown.relayOnce()).isZero();
        assertThat(outbox.pendingCount()).isEqualTo(60);

        writeEvents(40, 5);  // the hub goes on working meanwhile
        // The brokers are back (the in-JVM KRaft broker cannot be restarted on a fixed port, so the hub's relay
        // reconnects to a broker started now, as after a cluster address change).
        broker = startBroker();
        drain(relay(broker.getBrokersAsString(), "hub-a", Duration.ofSeconds(10)));

        assertThat(outbox.pendingCount()).isZero();
        assertDeliveredInOrder(consumeAll(broker.getBrokersAsString(), 100), 100, 5);
    }

    @Test
    void onlyOneReplicaRelaysUntilItsLeaseRunsOut() {
        Clock now = Clock.fixed(java.time.Instant.parse("2026-11-22T08:00:00Z"), java.time.ZoneOffset.UTC);
        Clock later = Clock.offset(now, Duration.ofSeconds(31));
        RelayLease a = new RelayLease(db.jdbc, "hub-a", Duration.ofSeconds(30), now);
        RelayLease b = new RelayLease(db.jdbc, "hub-b", Duration.ofSeconds(30), now);
        RelayLease bLater = new RelayLease(db.jdbc, "hub-b", Duration.ofSeconds(30), later);

        assertThat(a.tryAcquire()).isTrue();
        assertThat(a.tryAcquire()).as("the holder renews").isTrue();
        assertThat(b.tryAcquire()).as("another replica waits").isFalse();
        assertThat(bLater.tryAcquire()).as("an expired lease is taken over").isTrue();
    }

    private void writeEvents(int count, int encounters) {
        int offset = (int) (long) db.jdbc.queryForObject("SELECT COUNT(*) FROM yilian_outbox", Long.class);
        for (int i = offset; i < offset + count; i++) {
            String encounter = "enc-" + (i % encounters);
            int seq = i;
            db.tx.executeWithoutResult(s -> outbox.append(OutboxTopics.WORKFLOW, encounter, "chengdong-chc",
                    "step-completed", Map.of("seq", seq)));
        }
    }

    private OutboxRelay relay(String bootstrap, String replica, Duration sendTimeout) {
        KafkaSettings settings = new KafkaSettings(bootstrap, null, 50, sendTimeout, null, null);
        KafkaProducer<String, String> producer = KafkaClients.producer(settings, "test-" + replica);
        toClose.add(producer);
        return new OutboxRelay(outbox, new RelayLease(db.jdbc, replica, Duration.ofSeconds(30), Clock.systemUTC()),
                producer, settings.batchSize(), sendTimeout);
    }

    private void drain(OutboxRelay relay) {
        for (int pass = 0; pass < 100 && outbox.pendingCount() > 0; pass++) relay.relayOnce();
    }

    private static void assertDeliveredInOrder(List<ConsumerRecord<String, String>> records, int expected,
                                               int encounters) {
        Set<String> eventIds = new HashSet<>();
        Map<String, Integer> lastSeq = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            eventIds.add(new String(r.headers().lastHeader(OutboxRelay.EVENT_ID_HEADER).value(), StandardCharsets.UTF_8));
            int seq = Integer.parseInt(r.value().replaceAll("\\D", ""));
            Integer previous = lastSeq.put(r.key(), seq);
            if (previous != null) assertThat(seq).as("order within %s", r.key()).isGreaterThan(previous);
        }
        assertThat(records).hasSize(expected);
        assertThat(eventIds).as("no event twice").hasSize(expected);
        assertThat(lastSeq).hasSize(encounters);
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrap, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(OutboxTopics.WORKFLOW));
            List<ConsumerRecord<String, String>> out = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // Poll until everything is in, then a little longer to catch a duplicate.
            int quietPolls = 0;
            while (System.nanoTime() < deadline && (out.size() < expected || quietPolls < 2)) {
                int before = out.size();
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
                quietPolls = out.size() == before && out.size() >= expected ? quietPolls + 1 : 0;
            }
            return out;
        }
    }

    private static EmbeddedKafkaKraftBroker startBroker() {
        EmbeddedKafkaKraftBroker b = new EmbeddedKafkaKraftBroker(1, 3, OutboxTopics.WORKFLOW, OutboxTopics.USAGE);
        b.afterPropertiesSet();
        return b;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
