package com.yilian.scheduler.gateway;

import com.yilian.scheduler.Decision;
import com.yilian.scheduler.Dispatch;
import com.yilian.scheduler.InferenceRequest;
import com.yilian.scheduler.Policies;
import com.yilian.scheduler.Preemption;
import com.yilian.scheduler.Refusal;
import com.yilian.scheduler.Scheduler;
import com.yilian.scheduler.SchedulerSetup;
import com.yilian.tenants.ApiKeyMatch;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.Tenant;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The OpenAI-compatible gateway: authenticates the caller, admits it under its tenant's request rate, and lets the
 * scheduling core decide when and on which pool each call runs. The core is single-threaded by design; this
 * verticle's event loop is its only driver, so neither needs a lock.
 */
public final class GatewayVerticle extends AbstractVerticle {
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final int DEFAULT_MAX_TOKENS = 512;
    /** Time alone changes some decisions (a queued call may burst to a remote pool), so decide on a timer too. */
    private static final long TICK_MS = 100;
    private static final int REMOTE_CONNECTIONS = 256;

    private final Consortium consortium;
    private final int port;
    private final LongSupplier clock;
    private final UnaryOperator<String> env;
    private final Map<Long, Call> calls = new HashMap<>();
    private final RequestRate rate = new RequestRate();
    private SchedulerSetup setup;
    private Scheduler scheduler;
    private BackendRelay relay;
    private HttpServer server;
    private long nextId = 1;

    public GatewayVerticle(Consortium consortium, int port) {
        this(consortium, port, System::currentTimeMillis, System::getenv);
    }

    /** @param clock milliseconds, never going back; @param env reads the remote pools' key variables */
    GatewayVerticle(Consortium consortium, int port, LongSupplier clock, UnaryOperator<String> env) {
        this.consortium = consortium;
        this.port = port;
        this.clock = clock;
        this.env = env;
    }

    /** The listening server once started; its {@code actualPort()} tells the port when 0 was asked for. */
    public HttpServer server() {
        return server;
    }

    @Override
    public void start(Promise<Void> started) {
        setup = SchedulerSetup.of(consortium);
        scheduler = Policies.create("yilian", setup).orElseThrow();
        // HTTP/1.1 carries one call per connection: allow as many connections to a pool as it runs sequences
        // (Vert.x's default of 5 would cap every pool at 5 calls at once); remote pools get a generous bound.
        int connections = Math.max(REMOTE_CONNECTIONS, setup.pools().stream().mapToInt(p -> p.slots()).max().orElse(0));
        relay = new BackendRelay(vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(connections)), env);
        vertx.setPeriodic(TICK_MS, t -> {
            if (scheduler.queued() > 0) {
                decide();
            }
        });
        vertx.createHttpServer().requestHandler(this::handle).listen(port)
                .onSuccess(s -> server = s).<Void>mapEmpty().onComplete(started);
    }

    private void handle(HttpServerRequest req) {
        String path = req.path().replaceAll("/+$", "");
        boolean models = path.equals("/v1/models");
        boolean chat = path.equals("/v1/chat/completions");
        if (!models && !chat) {
            Answers.fail(req.response(), 404, "not_found", "no route " + req.path());
            return;
        }
        if ((models && req.method() != HttpMethod.GET) || (chat && req.method() != HttpMethod.POST)) {
            Answers.fail(req.response(), 405, "method_not_allowed", req.method() + " is not allowed on " + path);
            return;
        }
        Optional<Tenant> tenant = caller(req);
        if (tenant.isEmpty()) {
            Answers.fail(req.response(), 401, "invalid_api_key",
                    "give a valid API key as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'");
            return;
        }
        if (models) {
            listModels(req, tenant.get());
        } else {
            chat(req, tenant.get());
        }
    }

    /** The key alone decides the tenant: nothing in the body or other headers can choose another. */
    private Optional<Tenant> caller(HttpServerRequest req) {
        String key = req.getHeader("X-API-Key");
        String auth = req.getHeader("Authorization");
        if (key == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = auth.substring(7).trim();
        }
        return key == null || key.isEmpty() ? Optional.empty() : consortium.apiKey(key).map(ApiKeyMatch::tenant);
    }

    private void listModels(HttpServerRequest req, Tenant tenant) {
        Set<String> poolIds = new LinkedHashSet<>();
        tenant.dataPolicy().poolsByDataClass().values().forEach(poolIds::addAll);
        JsonArray data = new JsonArray();
        Set<String> seen = new LinkedHashSet<>();
        for (String id : poolIds) {
            consortium.pool(id).filter(p -> seen.add(p.model())).ifPresent(p -> data.add(new JsonObject()
                    .put("id", p.model()).put("object", "model").put("owned_by", p.id())
                    .put("yilian_pool_kind", p.kind().yamlName())));
        }
        req.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("object", "list").put("data", data).encode());
    }

    private void chat(HttpServerRequest req, Tenant tenant) {
        CallerHeaders.Parsed parsed = CallerHeaders.parse(req.headers());
        if (parsed.problem() != null) {
            Answers.fail(req.response(), 400, "invalid_header", parsed.problem());
            return;
        }
        String length = req.getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
            tooLarge(req);
            return;
        }
        Buffer body = Buffer.buffer();
        req.handler(chunk -> {
            if (body.length() <= MAX_BODY_BYTES) {
                body.appendBuffer(chunk);
            }
        });
        req.endHandler(v -> {
            if (body.length() > MAX_BODY_BYTES) {
                tooLarge(req);
            } else {
                admit(req, tenant, parsed.headers(), body);
            }
        });
    }

    private static void tooLarge(HttpServerRequest req) {
        Answers.fail(req.response().putHeader("Connection", "close"), 413, "request_too_large",
                "the request body is over " + MAX_BODY_BYTES + " bytes");
    }

    private void admit(HttpServerRequest req, Tenant tenant, CallerHeaders headers, Buffer raw) {
        JsonObject body;
        try {
            body = new JsonObject(raw);
        } catch (RuntimeException e) {
            Answers.fail(req.response(), 400, "invalid_request", "the body is not a JSON object");
            return;
        }
        if (!(body.getValue("messages") instanceof JsonArray messages) || messages.isEmpty()) {
            Answers.fail(req.response(), 400, "invalid_request", "the body needs a non-empty 'messages' array");
            return;
        }
        long now = clock.getAsLong();
        int perMinute = tenant.quota().requestsPerMinute();
        long retryAfter = rate.admit(tenant.id(), perMinute, now);
        if (retryAfter > 0) {
            req.response().putHeader("Retry-After", Long.toString(retryAfter));
            Answers.fail(req.response(), 429, "rate_limit_exceeded", "tenant " + tenant.id() + " is over its limit of "
                    + perMinute + " requests per minute (quota.requestsPerMinute); retry after " + retryAfter + " s");
            return;
        }
        InferenceRequest ir = new InferenceRequest(nextId++, tenant.id(), headers.priority(), headers.dataClass(),
                promptTokens(messages), maxTokens(body), now);
        Call call = new Call(ir, body, body.getBoolean("stream", false), req.response());
        calls.put(call.id(), call);
        req.response().closeHandler(v -> callerLeft(call));
        scheduler.onArrival(ir, now);
        decide();
    }

    /** A rough count (4 characters a token) is enough: the core only plans with it. */
    private static int promptTokens(JsonArray messages) {
        return Math.max(1, messages.encode().length() / 4);
    }

    private static int maxTokens(JsonObject body) {
        Object n = body.getValue("max_completion_tokens", body.getValue("max_tokens"));
        return n instanceof Number num && num.intValue() > 0 ? num.intValue() : DEFAULT_MAX_TOKENS;
    }

    /** Carries out decisions until the core has nothing more to say (a dispatch of a call gone away frees a place). */
    private void decide() {
        for (Decision d = scheduler.decide(clock.getAsLong()); !d.isEmpty(); d = scheduler.decide(clock.getAsLong())) {
            for (Preemption p : d.preemptions()) {
                preempt(p);
            }
            for (Refusal r : d.refusals()) {
                Call call = calls.remove(r.request().id());
                if (call != null && call.end()) {
                    Answers.fail(call.response, 403, "refused", r.reason());
                }
            }
            for (Dispatch dispatch : d.dispatches()) {
                dispatch(dispatch);
            }
        }
    }

    /**
     * The core has queued the call again and will dispatch it anew. A call whose caller has seen nothing yet is simply
     * sent again then; a stream already under way cannot be resumed invisibly, so it ends with an error event now.
     */
    private void preempt(Preemption p) {
        Call call = calls.get(p.requestId());
        if (call == null) {
            return;
        }
        call.stopBackend();
        if (call.stream && call.response.headWritten() && call.end()) {
            calls.remove(call.id());
            call.response.end("data: " + Answers.error("preempted",
                    "the request was pre-empted to give capacity back to its owner; retry it").encode() + "\n\n");
        }
    }

    private void dispatch(Dispatch dispatch) {
        long id = dispatch.request().id();
        Call call = calls.get(id);
        if (call == null || call.ended()) {
            calls.remove(id);
            scheduler.onFinished(id, clock.getAsLong()); // nobody waits for it: free the place at once
            return;
        }
        relay.send(call, setup.modelPool(dispatch.poolId()),
                tokens -> scheduler.onTokens(id, tokens, clock.getAsLong()),
                () -> finished(call));
    }

    private void finished(Call call) {
        call.end();
        calls.remove(call.id());
        scheduler.onFinished(call.id(), clock.getAsLong());
        decide();
    }

    private void callerLeft(Call call) {
        if (call.ended()) {
            return;
        }
        boolean wasRunning = call.running;
        call.stopBackend();
        call.end();
        if (wasRunning) {
            calls.remove(call.id());
            scheduler.onFinished(call.id(), clock.getAsLong());
            decide();
        } // a queued call stays in `calls` until the core dispatches it, then dispatch() frees its place
    }

    @Override
    public void stop() {
        calls.values().forEach(Call::stopBackend);
    }
}
