package com.yilian.hub.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible endpoint for the hubs under test, one base path per replica ({@code /<replica>/v1}). It
 * answers 503 at once, so a step falls back to the knowledge engine (degraded) without waiting; while one replica's
 * path is held, that replica's model calls hang, which keeps its agent step in flight for as long as a test needs.
 */
final class ModelEndpointDouble implements AutoCloseable {

    private final HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger heldCalls = new AtomicInteger();
    private volatile String heldReplica;

    ModelEndpointDouble() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The settings that route every agent call of a replica to this endpoint. */
    List<String> hubArguments(String replica) {
        String prefix = "--yilian.models.endpoints[0].";
        return List.of(prefix + "id=double", prefix + "base-url=http://127.0.0.1:" + server.getAddress().getPort()
                        + "/" + replica + "/v1", prefix + "model=double-" + replica, prefix + "api-key=test",
                prefix + "timeout=10m", "--yilian.models.routes[0].endpoint=double");
    }

    /** From now on, the replica's model calls hang until this double closes. */
    void hold(String replica) {
        heldReplica = replica;
    }

    int heldCalls() {
        return heldCalls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String held = heldReplica;
            if (held != null && exchange.getRequestURI().getPath().startsWith("/" + held + "/")) {
                heldCalls.incrementAndGet();
                release.await();
            }
            byte[] body = "{\"error\":{\"message\":\"test double: no model here\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
