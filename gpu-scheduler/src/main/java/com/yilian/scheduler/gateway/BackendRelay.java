package com.yilian.scheduler.gateway;

import com.yilian.tenants.ModelPool;
import com.yilian.tenants.PoolKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Sends a call to a pool's OpenAI-compatible endpoint and relays the answer to the caller: a whole JSON answer, or
 * the SSE stream chunk by chunk as it arrives. Whatever happens, {@code Events.ended} runs once per attempt that was not
 * superseded, so the scheduler frees the place.
 */
final class BackendRelay {
    private final HttpClient localClient;
    private final HttpClient remoteClient;
    private final UnaryOperator<String> env;
    /** Each pool endpoint's chat URL, parsed once rather than on every call. */
    private final Map<String, Target> targets = new HashMap<>();

    /** Where a pool's chat completions go. */
    private record Target(boolean ssl, String host, int port, String uri) {
        static Target of(String endpoint) {
            RequestOptions parsed = new RequestOptions().setAbsoluteURI(
                    GatewayVerticle.withoutTrailingSlashes(endpoint) + "/chat/completions");
            return new Target(Boolean.TRUE.equals(parsed.isSsl()), parsed.getHost(), parsed.getPort(), parsed.getURI());
        }
    }

    /**
     * @param localClient  for local pools (vLLM on the consortium's network)
     * @param remoteClient for remote APIs, whose connections (TLS) are worth keeping longer
     * @param env          reads an environment variable; remote pools' keys come from the variable {@code apiKeyEnv}
     *                     names
     */
    BackendRelay(HttpClient localClient, HttpClient remoteClient, UnaryOperator<String> env) {
        this.localClient = localClient;
        this.remoteClient = remoteClient;
        this.env = env;
    }

    HttpClient clientFor(ModelPool pool) {
        return pool.kind() == PoolKind.REMOTE ? remoteClient : localClient;
    }

    /** What the gateway hears of an attempt, on its event loop. */
    interface Events {
        /** Output tokens produced (one per streamed delta, or the usage of a whole answer). */
        void tokens(int n);

        /** The first byte of the answer is on its way to the caller. */
        void firstByte();

        /** The backend's own prompt-token count, when it reports usage. */
        void promptTokens(int n);

        /** The attempt ended: {@code ok} false when the pool failed or answered an error. */
        void ended(boolean ok);
    }

    void send(Call call, ModelPool pool, Events events) {
        int attempt = ++call.attempt;
        call.running = true;
        // The caller's body is only ever sent on: set the pool's model in place rather than copy it every attempt.
        Buffer body = call.body.put("model", pool.model()).toBuffer();
        Target target = targets.computeIfAbsent(pool.endpoint(), Target::of);
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setSsl(target.ssl())
                .setHost(target.host()).setPort(target.port()).setURI(target.uri())
                .putHeader("Content-Type", "application/json");
        String key = pool.apiKeyEnv() == null ? null : env.apply(pool.apiKeyEnv());
        if (key != null && !key.isBlank()) {
            options.putHeader("Authorization", "Bearer " + key);
        }
        clientFor(pool).request(options).onComplete(r -> {
            if (call.attempt != attempt) {
                if (r.succeeded()) {
                    r.result().reset();
                }
                return;
            }
            if (r.failed()) {
                fail(call, attempt, pool, r.cause().getMessage(), events);
                return;
            }
            call.backend = r.result();
            call.backend.send(body).onComplete(s -> {
                if (call.attempt != attempt) {
                    return;
                }
                if (s.failed()) {
                    fail(call, attempt, pool, s.cause().getMessage(), events);
                } else if (s.result().statusCode() != 200) {
                    s.result().body().onComplete(b -> fail(call, attempt, pool, "answered HTTP "
                            + s.result().statusCode() + (b.succeeded() ? ": " + b.result() : ""), events));
                } else if (call.stream) {
                    relayStream(call, attempt, pool, s.result(), events);
                } else {
                    relayWhole(call, attempt, pool, s.result(), events);
                }
            });
        });
    }

    private void relayWhole(Call call, int attempt, ModelPool pool, HttpClientResponse answer,
                            Events events) {
        answer.body().onComplete(b -> {
            if (call.attempt != attempt) {
                return;
            }
            if (b.failed()) {
                fail(call, attempt, pool, b.cause().getMessage(), events);
                return;
            }
            try {
                JsonObject usage = new JsonObject(b.result()).getJsonObject("usage");
                if (usage != null && usage.getValue("prompt_tokens") instanceof Number n) {
                    events.promptTokens(n.intValue());
                }
                if (usage != null && usage.getValue("completion_tokens") instanceof Number n) {
                    events.tokens(n.intValue());
                }
            } catch (RuntimeException notJson) {
                fail(call, attempt, pool, "answered something that is not JSON", events);
                return;
            }
            if (!call.response.closed() && !call.response.ended()) {
                events.firstByte();
                call.response.setStatusCode(200).putHeader("Content-Type", "application/json").end(b.result());
            }
            done(call, attempt, events, true);
        });
    }

    private void relayStream(Call call, int attempt, ModelPool pool, HttpClientResponse answer,
                             Events events) {
        answer.handler(chunk -> {
            if (call.attempt != attempt || call.response.closed()) {
                return;
            }
            if (!call.response.headWritten()) {
                events.firstByte();
                call.response.setStatusCode(200).setChunked(true)
                        .putHeader("Content-Type", "text/event-stream").putHeader("Cache-Control", "no-cache");
            }
            call.response.write(chunk, null); // no Future per chunk: nobody waits for a relayed chunk's write
            int n = dataEvents(chunk);
            if (n > 0) {
                events.tokens(n); // one streamed delta is about one token
            }
        });
        answer.exceptionHandler(e -> fail(call, attempt, pool, e.getMessage(), events));
        answer.endHandler(v -> {
            if (call.attempt != attempt) {
                return;
            }
            if (!call.response.closed() && !call.response.ended()) {
                call.response.end();
            }
            done(call, attempt, events, true);
        });
    }

    private static final byte[] DATA = "data:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] DONE = "[DONE]".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * {@code data:} events in a chunk, not counting {@code [DONE]}. Scans the bytes in place, without copying or
     * decoding them: the markers are ASCII, and no byte of a multi-byte UTF-8 character is ASCII.
     */
    static int dataEvents(Buffer chunk) {
        int length = chunk.length();
        int n = 0;
        for (int i = indexOf(chunk, length, DATA, 0); i >= 0; i = indexOf(chunk, length, DATA, i + DATA.length)) {
            int after = i + DATA.length;
            if (!startsWith(chunk, length, DONE, after)
                    && !(after < length && chunk.getByte(after) == ' ' && startsWith(chunk, length, DONE, after + 1))) {
                n++;
            }
        }
        return n;
    }

    private static int indexOf(Buffer b, int length, byte[] what, int from) {
        for (int i = from; i + what.length <= length; i++) {
            if (b.getByte(i) == what[0] && startsWith(b, length, what, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(Buffer b, int length, byte[] what, int at) {
        if (at + what.length > length) {
            return false;
        }
        for (int k = 0; k < what.length; k++) {
            if (b.getByte(at + k) != what[k]) {
                return false;
            }
        }
        return true;
    }

    /** A stream already under way ends with an SSE error event and no [DONE]; anything else gets a 502. */
    private void fail(Call call, int attempt, ModelPool pool, String why, Events events) {
        if (call.attempt != attempt || call.ended()) {
            return;
        }
        String message = "model pool " + pool.id() + " failed: " + why;
        if (call.stream && call.response.headWritten()) {
            if (!call.response.closed() && !call.response.ended()) {
                call.response.end("data: " + Answers.error("backend_error", message).encode() + "\n\n");
            }
        } else {
            Answers.fail(call.response, 502, "backend_error", message);
        }
        done(call, attempt, events, false);
    }

    private static void done(Call call, int attempt, Events events, boolean ok) {
        if (call.attempt == attempt) {
            call.backend = null;
            call.running = false;
            events.ended(ok);
        }
    }
}
