package com.yilian.scheduler.gateway;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Answers chat completions like a vLLM server producing {@code tokens} tokens at a set rate per request: with
 * {@code "stream": true} one SSE delta per token as it is due, then a finish chunk and {@code [DONE]}; otherwise one
 * JSON answer with usage once the last token is due. One 1 ms tick drives every open answer (rather than a timer per
 * token), so the emulator itself stays cheap at thousands of requests per second. For the overhead benchmark only.
 */
final class VllmEmulator {
    private static final long TICK_MS = 1;
    private static final Buffer DELTA = Buffer.buffer("data: {\"id\":\"cmpl-bench\",\"object\":\"chat.completion.chunk\","
            + "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"t\"},\"finish_reason\":null}]}\n\n");
    private static final Buffer FINISH = Buffer.buffer("data: {\"id\":\"cmpl-bench\",\"object\":\"chat.completion.chunk\","
            + "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}\n\ndata: [DONE]\n\n");

    private final int tokens;
    private final long intervalNanos;
    private final Buffer whole;
    private final List<Answer> open = new ArrayList<>();
    private HttpServer server;

    /** One answer under way: how many tokens it has sent, and when the next one is due. */
    private static final class Answer {
        final HttpServerResponse response;
        final boolean stream;
        final long startNanos;
        int sent;

        Answer(HttpServerResponse response, boolean stream, long startNanos) {
            this.response = response;
            this.stream = stream;
            this.startNanos = startNanos;
        }
    }

    private VllmEmulator(int tokens, int tokensPerSecond) {
        this.tokens = tokens;
        this.intervalNanos = 1_000_000_000L / Math.max(1, tokensPerSecond);
        this.whole = Buffer.buffer(new JsonObject().put("id", "cmpl-bench").put("object", "chat.completion")
                .put("model", "m").put("choices", List.of(new JsonObject().put("index", 0).put("finish_reason", "length")
                        .put("message", new JsonObject().put("role", "assistant").put("content", "t".repeat(tokens)))))
                .put("usage", new JsonObject().put("prompt_tokens", 8).put("completion_tokens", tokens)
                        .put("total_tokens", 8 + tokens)).encode());
    }

    /** Listens on 127.0.0.1 on a free port; every answer is driven from the server's event loop. */
    static Future<VllmEmulator> start(Vertx vertx, int tokens, int tokensPerSecond) {
        VllmEmulator emulator = new VllmEmulator(tokens, tokensPerSecond);
        Context ctx = vertx.getOrCreateContext();
        Promise<VllmEmulator> started = Promise.promise();
        ctx.runOnContext(v -> {
            vertx.setPeriodic(TICK_MS, t -> emulator.tick());
            vertx.createHttpServer().requestHandler(emulator::handle).listen(0, "127.0.0.1").map(s -> {
                emulator.server = s;
                return emulator;
            }).onComplete(started);
        });
        return started.future();
    }

    int port() {
        return server.actualPort();
    }

    private void handle(HttpServerRequest req) {
        req.body().onSuccess(b -> {
            boolean stream = new JsonObject(b).getBoolean("stream", false);
            HttpServerResponse res = req.response();
            if (stream) {
                res.setChunked(true).putHeader("Content-Type", "text/event-stream");
            }
            open.add(new Answer(res, stream, System.nanoTime()));
        });
    }

    /** Sends every token that is due by now; streams get them as separate SSE events in one write. */
    private void tick() {
        long now = System.nanoTime();
        for (Iterator<Answer> it = open.iterator(); it.hasNext(); ) {
            Answer a = it.next();
            if (a.response.closed()) {
                it.remove();
                continue;
            }
            int due = (int) Math.min(tokens, (now - a.startNanos) / intervalNanos);
            if (due <= a.sent) {
                continue;
            }
            if (a.stream) {
                Buffer out = due - a.sent == 1 ? DELTA : Buffer.buffer();
                for (int i = a.sent; i < due && out != DELTA; i++) {
                    out.appendBuffer(DELTA);
                }
                a.sent = due;
                if (due == tokens) {
                    a.response.end(out.copy().appendBuffer(FINISH));
                } else {
                    a.response.write(out.copy());
                }
            } else if (due == tokens) {
                a.response.putHeader("Content-Type", "application/json").end(whole.copy());
            } else {
                continue;
            }
            a.sent = due;
            if (due == tokens) {
                it.remove();
            }
        }
    }
}
