package com.yilian.scheduler.gateway;

import com.yilian.tenants.Consortium;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/** How an application starts the gateway: the hub in the embedded mode, or the scheduler's own service. */
public final class Gateway {
    private Gateway() {
    }

    /** Deploys one gateway on {@code port} (0 picks a free one) and completes with its listening server. */
    public static Future<HttpServer> start(Vertx vertx, Consortium consortium, int port) {
        return deploy(vertx, consortium, port, GatewaySettings.defaults()).map(GatewayVerticle::server);
    }

    /**
     * Deploys one gateway with the given settings and completes with it once it listens: its {@code server()} tells
     * the port, its {@code update(consortium)} applies a reloaded consortium.
     */
    public static Future<GatewayVerticle> deploy(Vertx vertx, Consortium consortium, int port, GatewaySettings settings) {
        GatewayVerticle verticle = new GatewayVerticle(consortium, port, settings);
        return vertx.deployVerticle(verticle).map(id -> verticle);
    }
}
