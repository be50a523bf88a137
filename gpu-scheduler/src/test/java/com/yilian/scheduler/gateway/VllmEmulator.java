package com.yilian.scheduler.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Answers chat completions like a vLLM server streaming at a set rate: the first token after one token interval,
 * then one SSE delta per interval, {@code tokens} in all, then usage and [DONE]. For the overhead benchmark only.
 */
final class VllmEmulator {
    private final Vertx vertx;
    private final int tokens;
    private final long intervalMs;
    private HttpServer server;

    private VllmEmulator(Vertx vertx, int tokens, int tokensPerSecond) {
        this.vertx = vertx;
        this.tokens = tokens;
        this.intervalMs = Math.max(1, 1000 / tokensPerSecond);
    }

    static Future<VllmEmulator> start(Vertx vertx, int tokens, int tokensPerSecond) {
        VllmEmulator emulator = new VllmEmulator(vertx, tokens, tokensPerSecond);
        return vertx.createHttpServer().requestHandler(emulator::handle).listen(0, "127.0.0.1").map(s -> {
            emulator.server = s;
            return emulator;
        });
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.actualPort() + "/v1";
    }

    private void handle(HttpServerRequest req) {
        req.body().onSuccess(b -> {
            HttpServerResponse res = req.response().setChunked(true).putHeader("Content-Type", "text/event-stream");
            send(res, 0);
        });
    }

    private void send(HttpServerResponse res, int i) {
        vertx.setTimer(intervalMs, t -> {
            if (res.closed()) {
                return;
            }
            if (i < tokens) {
                res.write("data: " + new JsonObject().put("object", "chat.completion.chunk").put("choices",
                        new JsonArray().add(new JsonObject().put("index", 0)
                                .put("delta", new JsonObject().put("content", "t")))).encode() + "\n\n");
                send(res, i + 1);
            } else {
                res.end("data: [DONE]\n\n");
            }
        });
    }
}
