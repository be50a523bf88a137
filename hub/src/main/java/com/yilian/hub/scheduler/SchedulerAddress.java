package com.yilian.hub.scheduler;

import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where the GPU scheduler's gateway answers: {@code yilian.scheduler.url} when it runs as its own service (the chart
 * passes its OpenAI base URL, ending in {@code /v1}), otherwise the gateway embedded in this hub.
 */
@Component
public class SchedulerAddress {

    private final SchedulerProperties properties;
    private final ObjectProvider<EmbeddedScheduler> embedded;

    public SchedulerAddress(SchedulerProperties properties, ObjectProvider<EmbeddedScheduler> embedded) {
        this.properties = properties;
        this.embedded = embedded;
    }

    /** The gateway's root (its {@code /metrics} and {@code /capacity/replicas} live there), if one is known. */
    public Optional<URI> root() {
        if (properties.url() != null && !properties.url().isBlank()) {
            return Optional.of(URI.create(withoutApiSuffix(properties.url().trim())));
        }
        EmbeddedScheduler scheduler = embedded.getIfAvailable();
        if (scheduler == null || scheduler.port() < 0) {
            return Optional.empty();
        }
        return Optional.of(URI.create("http://127.0.0.1:" + scheduler.port()));
    }

    /** A description of the address for error messages. */
    public String describe() {
        return root().map(URI::toString).orElse("(no yilian.scheduler.url and no embedded scheduler running)");
    }

    static String withoutApiSuffix(String url) {
        String root = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return root.endsWith("/v1") ? root.substring(0, root.length() - 3) : root;
    }
}
