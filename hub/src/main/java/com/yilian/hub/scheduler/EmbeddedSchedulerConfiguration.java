package com.yilian.hub.scheduler;

import com.yilian.hub.tenancy.TenantDirectory;
import com.yilian.hub.usage.SchedulerUsageRecorder;
import com.yilian.hub.usage.UsageLedger;
import io.prometheus.client.CollectorRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded GPU scheduler, on unless {@code yilian.scheduler.embedded=false} (cluster mode runs it apart). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "yilian.scheduler", name = "embedded", havingValue = "true", matchIfMissing = true)
public class EmbeddedSchedulerConfiguration {

    /** Every finished call of the embedded scheduler is booked in the usage ledger (cluster mode: via Kafka). */
    @Bean(destroyMethod = "close")
    SchedulerUsageRecorder schedulerUsageRecorder(UsageLedger ledger, PlatformTransactionManager transactions) {
        return new SchedulerUsageRecorder(ledger, new TransactionTemplate(transactions));
    }

    @Bean
    EmbeddedScheduler embeddedScheduler(TenantDirectory directory, CollectorRegistry registry,
                                        SchedulerProperties properties, SchedulerUsageRecorder usage) {
        return new EmbeddedScheduler(directory, registry, properties, usage);
    }
}
