package com.yilian.scheduler.gateway;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** {@code GET /metrics}: the registry in Prometheus's text format, as simpleclient writes it. */
final class MetricsText {
    private MetricsText() {
    }

    static void write(HttpServerResponse response, CollectorRegistry registry) {
        StringWriter text = new StringWriter();
        try {
            TextFormat.write004(text, registry.metricFamilySamples());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        response.putHeader("Content-Type", TextFormat.CONTENT_TYPE_004).end(text.toString());
    }
}
