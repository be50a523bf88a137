package com.yilian.hub.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.CollectorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Prometheus metrics on the simpleclient library. Spring Boot 3.5 configures only the newer Prometheus client, so
 * the registry and the scrape endpoint are set up here; Spring Boot still binds its JVM, HTTP and pool meters to it.
 * Components that speak simpleclient directly (the gpu-scheduler) register their collectors in the same registry.
 */
@Configuration(proxyBeanMethods = false)
public class PrometheusConfiguration {

    @Bean
    CollectorRegistry collectorRegistry() {
        return new CollectorRegistry(true);
    }

    @Bean
    PrometheusMeterRegistry prometheusMeterRegistry(CollectorRegistry collectors) {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT, collectors, Clock.SYSTEM);
    }

    @Bean
    PrometheusScrapeEndpoint prometheusScrapeEndpoint(PrometheusMeterRegistry registry) {
        return new PrometheusScrapeEndpoint(registry);
    }
}
