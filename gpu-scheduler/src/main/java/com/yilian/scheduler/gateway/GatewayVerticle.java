package com.yilian.scheduler.gateway;

import com.yilian.scheduler.InferenceRequest;
import com.yilian.scheduler.LatencyObjectives;
import com.yilian.scheduler.capacity.LoadLearner;
import com.yilian.scheduler.capacity.ReplicaPlanner;
import com.yilian.scheduler.metrics.SchedulerMetrics;
import com.yilian.scheduler.shared.LocalPlaceLedger;
import com.yilian.scheduler.shared.PlaceLedger;
import com.yilian.scheduler.shared.RedisPlaceLedger;
import com.yilian.scheduler.shared.RedisTokenTally;
import com.yilian.scheduler.shared.TokenTally;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.Tenant;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The OpenAI-compatible gateway: authenticates the caller, admits it under its tenant's request rate and daily token
 * budget, and hands it to the {@link Dispatcher}, which lets the scheduling core decide when and on which pool it
 * runs. Also serves health, Prometheus metrics and the replica recommendations. One event loop drives everything,
 * so nothing here needs a lock.
 */
public final class GatewayVerticle extends AbstractVerticle {
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final int DEFAULT_MAX_TOKENS = 512;
    /** Time alone changes some decisions (a queued call may burst to a remote pool), so decide on a timer too. */
    private static final long TICK_MS = 100;
    private static final long PLAN_MS = 60_000;
    private static final int REMOTE_CONNECTIONS = 256;
    /** Below uvicorn's default {@code --timeout-keep-alive} of 5 s. */
    static final int BACKEND_IDLE_SECONDS = 4;
    static final int REMOTE_IDLE_SECONDS = 30;

    private final int port;
    private final GatewaySettings settings;
    private final LongSupplier clock;
    private final UnaryOperator<String> env;
    private final DailyTokenBudget budget;
    private final SchedulerMetrics metrics;
    private final LoadLearner learner;
    private volatile Consortium consortium;
    /** The consortium's keys; replaced with it, so a reload forgets every remembered key. */
    private volatile KnownKeys keys;
    private ReplicaPlanner planner;
    /** Null when the gateway runs alone. */
    private PlaceLedger ledger;
    private TokenTally tally;
    private Admission admission;
    private Dispatcher dispatcher;
    private HttpServer server;
    private long nextId = 1;

    public GatewayVerticle(Consortium consortium, int port) {
        this(consortium, port, GatewaySettings.defaults());
    }

    public GatewayVerticle(Consortium consortium, int port, GatewaySettings settings) {
        this(consortium, port, settings, System::currentTimeMillis, System::getenv);
    }

    /** @param clock epoch milliseconds, never going back; @param env reads the remote pools' key variables */
    GatewayVerticle(Consortium consortium, int port, GatewaySettings settings, LongSupplier clock,
                    UnaryOperator<String> env) {
        this.consortium = consortium;
        this.keys = new KnownKeys(consortium);
        this.port = port;
        this.settings = settings;
        this.clock = clock;
        this.env = env;
        this.budget = new DailyTokenBudget(settings.zone());
        this.metrics = new SchedulerMetrics(settings.metrics());
        this.learner = new LoadLearner(settings.zone(), settings.capacity().smoothing());
    }

    GatewayVerticle(Consortium consortium, int port, LongSupplier clock, UnaryOperator<String> env) {
        this(consortium, port, GatewaySettings.defaults(), clock, env);
    }

    /** The listening server once started; its {@code actualPort()} tells the port when 0 was asked for. */
    public HttpServer server() {
        return server;
    }

    public SchedulerMetrics metrics() {
        return metrics;
    }

    /**
     * Applies a reloaded consortium on the gateway's loop: new keys and quotas count from the next call. Completes
     * once applied.
     */
    public Future<Void> update(Consortium next) {
        Context ctx = context;
        if (ctx == null) {
            consortium = next;
            keys = new KnownKeys(next);
            return Future.succeededFuture();
        }
        Promise<Void> applied = Promise.promise();
        ctx.runOnContext(v -> {
            consortium = next;
            keys = new KnownKeys(next);
            dispatcher.update(next);
            planner.update(next);
            applied.complete();
        });
        return applied.future();
    }

    @Override
    public void start(Promise<Void> started) {
        Context ctx = context;
        metrics.redisDegraded.set(0);
        if (settings.redisUrl() != null && !settings.redisUrl().isBlank()) {
            metrics.redisDegraded.set(1); // until the first answer from Redis
            ledger = new RedisPlaceLedger(settings.redisUrl(), settings.redisKeyPrefix(), settings.leaseTtl(),
                    settings.expectedReplicas(), task -> ctx.runOnContext(v -> task.run()),
                    degraded -> metrics.redisDegraded.set(degraded ? 1 : 0));
            vertx.setPeriodic(1000, t -> ledger.tick());
            tally = new RedisTokenTally(settings.redisUrl(), settings.redisKeyPrefix(),
                    task -> ctx.runOnContext(v -> task.run()));
            budget.share(tally, settings.expectedReplicas());
            vertx.setPeriodic(1000, t -> budget.refresh(clock.getAsLong()));
        } else {
            ledger = new LocalPlaceLedger();
        }
        CallAccounting accounting = new CallAccounting(metrics, budget, learner, LatencyObjectives.defaults(), clock,
                settings.usage());
        admission = new Admission(budget, accounting);
        planner = new ReplicaPlanner(consortium, learner, settings.capacity());
        // HTTP/1.1 carries one call per connection: allow as many connections to an endpoint as a pool runs sequences
        // (Vert.x's default of 5 would cap every pool at 5 calls at once), at least a generous bound, since the
        // clients outlive reloads that may add larger pools.
        int connections = Math.max(REMOTE_CONNECTIONS, consortium.modelPools().stream()
                .mapToInt(p -> p.replicas() * p.maxConcurrentSequences()).max().orElse(0));
        // Local idle connections live 4 s, not Vert.x's 60: vLLM's server (uvicorn) closes an idle keep-alive
        // connection after 5 s, so a longer timeout only keeps connections the backend is about to drop (a call sent
        // on one fails), and the connections a burst opened otherwise stay in the pool for a minute, which Vert.x
        // looks through on every request. The cleaner (every second, the default) closes them. No pipelining: a
        // streamed answer would hold up every call queued behind it on the connection.
        // Remote APIs keep theirs 30 s: a new connection there costs a TLS handshake over the internet, and their
        // load balancers keep idle connections for a minute or more.
        BackendRelay relay = new BackendRelay(
                backendClient(connections, BACKEND_IDLE_SECONDS),
                backendClient(REMOTE_CONNECTIONS, REMOTE_IDLE_SECONDS), env);
        dispatcher = new Dispatcher(vertx, consortium, settings, relay, accounting, clock, ledger);
        vertx.setPeriodic(TICK_MS, t -> dispatcher.tick());
        vertx.setPeriodic(PLAN_MS, t -> publishPlan());
        publishPlan();
        vertx.createHttpServer().requestHandler(this::handle).listen(port)
                .onSuccess(s -> server = s).<Void>mapEmpty().onComplete(started);
    }

    private HttpClient backendClient(int connections, int idleSeconds) {
        return vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setKeepAliveTimeout(idleSeconds)
                .setPipelining(false), new PoolOptions().setHttp1MaxSize(connections).setCleanerPeriod(1000));
    }

    private JsonObject publishPlan() {
        JsonArray pools = new JsonArray();
        planner.plan(clock.getAsLong()).forEach(p -> {
            metrics.recommendedReplicas.labels(p.pool()).set(p.recommended());
            pools.add(new JsonObject().put("pool", p.pool()).put("kind", p.kind()).put("current", p.current())
                    .put("recommended", p.recommended())
                    .put("predictedTokensPerSecond", Math.round(p.predictedTokensPerSecond() * 10) / 10.0));
        });
        return new JsonObject().put("pools", pools);
    }

    private void handle(HttpServerRequest req) {
        String path = withoutTrailingSlashes(req.path());
        switch (path) {
            case "/health" -> {
                if (only(req, HttpMethod.GET)) {
                    json(req, new JsonObject().put("status", "UP").put("redis",
                            ledger instanceof LocalPlaceLedger ? "off" : ledger.degraded() ? "degraded" : "shared"));
                }
            }
            case "/metrics" -> {
                if (only(req, HttpMethod.GET)) {
                    MetricsText.write(req.response(), settings.metrics());
                }
            }
            case "/capacity/replicas" -> {
                if (only(req, HttpMethod.GET)) {
                    json(req, publishPlan());
                }
            }
            case "/v1/models", "/v1/chat/completions" -> {
                boolean models = path.equals("/v1/models");
                if (!only(req, models ? HttpMethod.GET : HttpMethod.POST)) {
                    return;
                }
                Optional<Tenant> tenant = caller(req);
                if (tenant.isEmpty()) {
                    Answers.fail(req.response(), 401, "invalid_api_key",
                            "give a valid API key as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'");
                } else if (models) {
                    ModelList.answer(req, consortium, tenant.get());
                } else {
                    chat(req, tenant.get());
                }
            }
            default -> Answers.fail(req.response(), 404, "not_found", "no route " + req.path());
        }
    }

    /** As {@code replaceAll("/+$", "")}, without compiling a pattern on every call. */
    static String withoutTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    /** As {@code matches("\\d{1,18}")}: a length that surely fits a long. */
    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean only(HttpServerRequest req, HttpMethod method) {
        if (req.method() != method) {
            Answers.fail(req.response(), 405, "method_not_allowed", req.method() + " is not allowed on " + req.path());
            return false;
        }
        return true;
    }

    private static void json(HttpServerRequest req, JsonObject body) {
        req.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    /** The key alone decides the tenant: nothing in the body or other headers can choose another. */
    private Optional<Tenant> caller(HttpServerRequest req) {
        String key = req.getHeader("X-API-Key");
        String auth = req.getHeader("Authorization");
        if (key == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = auth.substring(7).trim();
        }
        return keys.tenant(key);
    }

    private void chat(HttpServerRequest req, Tenant tenant) {
        CallerHeaders.Parsed parsed = CallerHeaders.parse(req.headers());
        if (parsed.problem() != null) {
            Answers.fail(req.response(), 400, "invalid_header", parsed.problem());
            return;
        }
        String length = req.getHeader("Content-Length");
        if (length != null && digits(length) && Long.parseLong(length) > MAX_BODY_BYTES) {
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
        if (!admission.admit(req.response(), tenant, now)) {
            return;
        }
        InferenceRequest ir = new InferenceRequest(nextId++, tenant.id(), headers.priority(), headers.dataClass(),
                promptTokens(messages), maxTokens(body), now);
        dispatcher.submit(new Call(ir, body, body.getBoolean("stream", false), req.response()));
    }

    /** A rough count (4 characters a token) is enough: the core only plans with it. */
    private static int promptTokens(JsonArray messages) {
        return Math.max(1, messages.encode().length() / 4);
    }

    private static int maxTokens(JsonObject body) {
        Object n = body.getValue("max_completion_tokens", body.getValue("max_tokens"));
        return n instanceof Number num && num.intValue() > 0 ? num.intValue() : DEFAULT_MAX_TOKENS;
    }

    @Override
    public void stop() {
        if (dispatcher != null) {
            dispatcher.stop();
        }
        if (tally != null) {
            tally.close();
        }
    }
}
