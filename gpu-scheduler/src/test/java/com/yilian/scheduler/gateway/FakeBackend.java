package com.yilian.scheduler.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for an OpenAI-compatible model server on a random loopback port: answers chat completions whole or as
 * an SSE stream, and can be told to fail with 500, to die mid-stream, or to hold its answers until released.
 */
final class FakeBackend {
    enum Mode { ANSWER, FAIL_500, DIE_MID_STREAM, HOLD }

    private record Held(HttpServerRequest request, JsonObject body) {
    }

    static final int CHUNKS = 3;
    final List<JsonObject> received = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Held> held = new CopyOnWriteArrayList<>();
    private final Vertx vertx;
    private volatile Mode mode = Mode.ANSWER;
    private volatile int maxHeld;
    /** When set, a stream sends its first chunk and waits for this before the rest: proof of chunk-by-chunk relay. */
    volatile Future<Void> afterFirstChunk;
    private HttpServer server;

    private FakeBackend(Vertx vertx) {
        this.vertx = vertx;
    }

    static Future<FakeBackend> start(Vertx vertx) {
        FakeBackend backend = new FakeBackend(vertx);
        return vertx.createHttpServer().requestHandler(backend::handle).listen(0, "127.0.0.1")
                .map(s -> {
                    backend.server = s;
                    return backend;
                });
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.actualPort() + "/v1";
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    int held() {
        return held.size();
    }

    /** The most requests ever held at once: in HOLD mode, the most the gateways ran on this backend together. */
    int maxHeld() {
        return maxHeld;
    }

    /** Answers the requests held now and keeps holding new ones. */
    void answerHeld() {
        List<Held> now = List.copyOf(held);
        held.removeAll(now);
        vertx.runOnContext(v -> now.forEach(h -> answer(h.request(), h.body())));
    }

    /** Answers every held request normally. */
    void release() {
        mode = Mode.ANSWER;
        List<Held> now = List.copyOf(held);
        held.clear();
        vertx.runOnContext(v -> now.forEach(h -> answer(h.request(), h.body())));
    }

    private void handle(HttpServerRequest req) {
        req.body().onSuccess(body -> {
            JsonObject json = body.toJsonObject();
            received.add(json);
            authorizations.add(String.valueOf(req.getHeader("Authorization")));
            switch (mode) {
                case FAIL_500 -> req.response().setStatusCode(500).end("{\"error\":\"model crashed\"}");
                case HOLD -> {
                    held.add(new Held(req, json));
                    maxHeld = Math.max(maxHeld, held.size());
                }
                default -> answer(req, json);
            }
        });
    }

    private void answer(HttpServerRequest req, JsonObject body) {
        HttpServerResponse res = req.response();
        if (!body.getBoolean("stream", false)) {
            res.putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("id", "cmpl-1").put("object", "chat.completion").put("model", body.getString("model"))
                    .put("choices", new JsonArray().add(new JsonObject().put("index", 0)
                            .put("message", new JsonObject().put("role", "assistant").put("content", "hello"))
                            .put("finish_reason", "stop")))
                    .put("usage", new JsonObject().put("prompt_tokens", 5).put("completion_tokens", 1)).encode());
            return;
        }
        res.setChunked(true).putHeader("Content-Type", "text/event-stream");
        res.write(chunk(0));
        if (mode == Mode.DIE_MID_STREAM) {
            req.connection().close();
            return;
        }
        Future<Void> gate = afterFirstChunk == null ? Future.succeededFuture() : afterFirstChunk;
        gate.onComplete(v -> {
            for (int i = 1; i < CHUNKS; i++) {
                res.write(chunk(i));
            }
            res.end("data: [DONE]\n\n");
        });
    }

    private static String chunk(int i) {
        return "data: " + new JsonObject().put("object", "chat.completion.chunk").put("choices", new JsonArray()
                .add(new JsonObject().put("index", 0).put("delta", new JsonObject().put("content", "t" + i))))
                .encode() + "\n\n";
    }
}
