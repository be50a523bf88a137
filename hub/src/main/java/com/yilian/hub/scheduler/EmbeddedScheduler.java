package com.yilian.hub.scheduler;

import com.yilian.hub.tenancy.TenantDirectory;
import com.yilian.scheduler.gateway.Gateway;
import com.yilian.scheduler.gateway.GatewaySettings;
import com.yilian.scheduler.gateway.GatewayVerticle;
import io.prometheus.client.CollectorRegistry;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the scheduler's gateway on its own Vert.x inside the hub: started with the consortium in force, following
 * every accepted reload, its metrics in the hub's Prometheus registry, and stopped with the hub.
 */
public class EmbeddedScheduler implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedScheduler.class);
    private final TenantDirectory directory;
    private final CollectorRegistry registry;
    private final SchedulerProperties properties;
    private final java.util.function.Consumer<com.yilian.scheduler.gateway.FinishedCall> usage;
    private volatile Vertx vertx;
    private volatile GatewayVerticle gateway;

    public EmbeddedScheduler(TenantDirectory directory, CollectorRegistry registry, SchedulerProperties properties,
                             java.util.function.Consumer<com.yilian.scheduler.gateway.FinishedCall> usage) {
        this.usage = usage;
        this.directory = directory;
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public void start() {
        GatewaySettings settings = GatewaySettings.defaults().withMetrics(registry).withZone(properties.zone())
                .withUsage(usage);
        if (properties.maxQueueWait() != null) {
            for (var wait : properties.maxQueueWait().entrySet()) {
                settings = settings.withMaxQueueWait(wait.getKey(), wait.getValue());
            }
        }
        if (properties.redisUrl() != null && !properties.redisUrl().isBlank()) {
            settings = settings.withRedis(properties.redisUrl(), settings.redisKeyPrefix(), settings.expectedReplicas());
        }
        Vertx started = Vertx.vertx();
        try {
            gateway = Gateway.deploy(started, directory.current().consortium(), properties.port(), settings)
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            started.close();
            throw new IllegalStateException("the embedded GPU scheduler could not listen on port " + properties.port()
                    + " (yilian.scheduler.port; set yilian.scheduler.embedded=false to run without it): "
                    + e.getMessage(), e);
        }
        vertx = started;
        directory.onChange(snapshot -> {
            GatewayVerticle running = gateway;
            if (running != null) {
                running.update(snapshot.consortium());
            }
        });
        LOG.info("GPU scheduler gateway listening on port {}", port());
    }

    @Override
    public void stop() {
        GatewayVerticle running = gateway;
        gateway = null;
        if (vertx != null) {
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("the embedded GPU scheduler did not stop cleanly: {}", e.getMessage());
            }
            vertx = null;
        }
        if (running != null) {
            running.metrics().unregister(registry); // a restarted context registers them again
        }
    }

    @Override
    public boolean isRunning() {
        return vertx != null;
    }

    /** The port the gateway listens on (the configured one, or the one picked for port 0); -1 when stopped. */
    public int port() {
        GatewayVerticle running = gateway;
        return running == null ? -1 : running.server().actualPort();
    }
}
