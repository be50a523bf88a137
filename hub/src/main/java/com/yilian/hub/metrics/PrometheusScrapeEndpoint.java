package com.yilian.hub.metrics;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;

/** {@code /actuator/prometheus}: the text format Prometheus scrapes. */
@WebEndpoint(id = "prometheus")
public class PrometheusScrapeEndpoint {

    private final PrometheusMeterRegistry registry;

    PrometheusScrapeEndpoint(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @ReadOperation(produces = "text/plain; version=0.0.4; charset=utf-8")
    public String scrape() {
        return registry.scrape();
    }
}
