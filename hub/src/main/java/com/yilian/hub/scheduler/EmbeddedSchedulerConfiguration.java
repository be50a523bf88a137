package com.yilian.hub.scheduler;

import com.yilian.hub.tenancy.TenantDirectory;
import io.prometheus.client.CollectorRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded GPU scheduler, on unless {@code yilian.scheduler.embedded=false} (cluster mode runs it apart). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "yilian.scheduler", name = "embedded", havingValue = "true", matchIfMissing = true)
public class EmbeddedSchedulerConfiguration {

    @Bean
    EmbeddedScheduler embeddedScheduler(TenantDirectory directory, CollectorRegistry registry,
                                        SchedulerProperties properties) {
        return new EmbeddedScheduler(directory, registry, properties);
    }
}
