package com.yilian.hub.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yilian.hub.usage.UsageEventConsumer;
import com.yilian.hub.usage.UsageLedger;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox is always written (it is the audit trail of record); the relay and the usage consumer run only when
 * {@code yilian.kafka.bootstrap-servers} names brokers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaSettings.class)
public class OutboxConfiguration {

    /** Names this replica in the relay lease and in Kafka client ids. */
    static String replicaName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        } catch (Exception e) {
            return "hub-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }

    @Bean
    Gauge outboxPendingGauge(Outbox outbox, MeterRegistry meters) {
        return Gauge.builder("yilian.outbox.pending", outbox, Outbox::pendingCount)
                .description("Outbox events not yet relayed to Kafka").register(meters);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${yilian.kafka.bootstrap-servers:}' != ''")
    static class Relaying {

        private final String replica = replicaName();

        @Bean(destroyMethod = "close")
        OutboxRelayRunner outboxRelayRunner(Outbox outbox, JdbcTemplate jdbc, KafkaSettings settings,
                                            MeterRegistry meters) {
            RelayLease lease = new RelayLease(jdbc, replica, settings.leaseDuration(), Clock.systemUTC());
            var producer = KafkaClients.producer(settings, "yilian-outbox-" + replica);
            return new OutboxRelayRunner(new OutboxRelay(outbox, lease, producer, settings.batchSize(),
                    settings.sendTimeout()), producer, settings.relayInterval(), meters);
        }

        @Bean
        UsageEventConsumer usageEventConsumer(KafkaSettings settings, UsageLedger ledger,
                                              PlatformTransactionManager transactions, ObjectMapper json,
                                              MeterRegistry meters) {
            return new UsageEventConsumer(() -> KafkaClients.consumer(settings, "yilian-usage-" + replica), ledger,
                    new TransactionTemplate(transactions), json, meters);
        }
    }
}
