package com.yilian.scheduler.gateway;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Calls the gateway under test as a client would, keeping each received buffer to see how a stream arrived. */
final class GatewayClient {
    record Reply(int status, MultiMap headers, String body, List<String> buffers) {
        JsonObject json() {
            return new JsonObject(body);
        }
    }

    private final HttpClient http;
    private final int port;

    GatewayClient(Vertx vertx, int port) {
        this.http = vertx.createHttpClient();
        this.port = port;
    }

    static JsonObject chat(String text, boolean stream) {
        return new JsonObject().put("model", "any").put("stream", stream).put("messages",
                new JsonArray().add(new JsonObject().put("role", "user").put("content", text)));
    }

    Future<Reply> post(String key, Map<String, String> headers, Buffer body, Consumer<String> onBuffer) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                .setURI("/v1/chat/completions").putHeader("Content-Type", "application/json");
        if (key != null) {
            options.putHeader("Authorization", "Bearer " + key);
        }
        headers.forEach(options::putHeader);
        return send(options, body, onBuffer);
    }

    Future<Reply> post(String key, Map<String, String> headers, JsonObject body) {
        return post(key, headers, body.toBuffer(), b -> { });
    }

    Future<Reply> get(String key, String uri) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port)
                .setURI(uri).putHeader("X-API-Key", key);
        return send(options, Buffer.buffer(), b -> { });
    }

    private Future<Reply> send(RequestOptions options, Buffer body, Consumer<String> onBuffer) {
        Promise<Reply> reply = Promise.promise();
        // The handlers are set inside the chain, on the event loop, as the response arrives: set later from the
        // test's thread they could miss a short body that has already ended.
        http.request(options).compose(req -> req.send(body).map(res -> {
            List<String> buffers = new CopyOnWriteArrayList<>();
            Buffer all = Buffer.buffer();
            res.handler(b -> {
                buffers.add(b.toString());
                all.appendBuffer(b);
                onBuffer.accept(b.toString());
            });
            res.exceptionHandler(reply::tryFail);
            res.endHandler(v -> reply.tryComplete(new Reply(res.statusCode(), res.headers(), all.toString(), buffers)));
            return res;
        })).onFailure(reply::tryFail);
        return reply.future();
    }

    /** Waits for a future off the event loop; the bound only keeps a broken gateway from hanging the build. */
    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
