package com.yilian.scheduler.gateway;

import com.yilian.tenants.ApiKeyHash;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.TenantConfigLoader;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the gateway adds to a model call: a load generator on loopback calls a vLLM-like emulator directly and through
 * the gateway, alternating call by call in the same run, and prints time to first token and total latency for both.
 * Arguments: [concurrency 32] [calls per path 2000] [tokens per answer 20] [tokens per second 200].
 */
public final class GatewayOverheadBenchmark {
    private static final String KEY = "bench-key";

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int tokens = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Vertx vertx = Vertx.vertx();
        VllmEmulator backend = await(VllmEmulator.start(vertx, tokens, rate));
        GatewayVerticle gateway = await(Gateway.deploy(vertx, consortium(backend.endpoint(), concurrency * 2), 0,
                GatewaySettings.defaults()));
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(concurrency * 2));
        String direct = backend.endpoint() + "/chat/completions";
        String viaGateway = "http://127.0.0.1:" + gateway.server().actualPort() + "/v1/chat/completions";
        run(http, direct, viaGateway, concurrency, Math.min(200, calls)); // warm-up: JIT, connections
        long[][] results = run(http, direct, viaGateway, concurrency, calls);
        System.out.printf("gateway overhead: %d calls per path, %d concurrent, %d tokens at %d tokens/s%n",
                calls, concurrency, tokens, rate);
        report("TTFT   direct ", results[0]);
        report("TTFT   gateway", results[1]);
        report("total  direct ", results[2]);
        report("total  gateway", results[3]);
        System.out.printf("added p50 TTFT %.2f ms, added p99 TTFT %.2f ms, added p99 total %.2f ms%n",
                (pct(results[1], 50) - pct(results[0], 50)) / 1e6, (pct(results[1], 99) - pct(results[0], 99)) / 1e6,
                (pct(results[3], 99) - pct(results[2], 99)) / 1e6);
        vertx.close();
    }

    /** Returns nanoseconds: [ttft direct, ttft gateway, total direct, total gateway]. */
    private static long[][] run(HttpClient http, String direct, String viaGateway, int concurrency, int calls)
            throws Exception {
        List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<Void>> workers = new ArrayList<>();
        int perWorker = 2 * calls / concurrency;
        for (int w = 0; w < concurrency; w++) {
            workers.add(worker(http, direct, viaGateway, perWorker, w % 2, samples));
        }
        await(Future.all(workers));
        long[][] out = new long[4][];
        for (int kind = 0; kind < 2; kind++) {
            int k = kind;
            out[k] = samples.stream().filter(s -> s[0] == k).mapToLong(s -> s[1]).sorted().toArray();
            out[k + 2] = samples.stream().filter(s -> s[0] == k).mapToLong(s -> s[2]).sorted().toArray();
        }
        return out;
    }

    /** One caller in a loop, alternating direct and gateway calls so that both see the same load. */
    private static Future<Void> worker(HttpClient http, String direct, String viaGateway, int left, int kind,
                                       List<long[]> samples) {
        if (left == 0) {
            return Future.succeededFuture();
        }
        long start = System.nanoTime();
        long[] firstByte = {0};
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setAbsoluteURI(kind == 0 ? direct : viaGateway).putHeader("Content-Type", "application/json")
                .putHeader("Authorization", "Bearer " + KEY).putHeader("X-Yilian-Priority", "interactive");
        Promise<Void> done = Promise.promise();
        http.request(options).compose(r -> r.send(Buffer.buffer(
                "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"cough for two days\"}]}")))
                .onFailure(done::fail).onSuccess(res -> {
                    res.handler(b -> {
                        if (firstByte[0] == 0) {
                            firstByte[0] = System.nanoTime();
                        }
                    });
                    res.exceptionHandler(done::tryFail);
                    res.endHandler(v -> {
                        samples.add(new long[] {kind, firstByte[0] - start, System.nanoTime() - start});
                        done.tryComplete();
                    });
                });
        return done.future().compose(v -> worker(http, direct, viaGateway, left - 1, 1 - kind, samples));
    }

    private static void report(String label, long[] sorted) {
        System.out.printf("%s p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  (n=%d)%n", label, pct(sorted, 50) / 1e6,
                pct(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static Consortium consortium(String endpoint, int places) {
        String yaml = """
                consortium: { id: bench, name: { zh: 基准医联体, en: Benchmark Consortium } }
                modelPools:
                  - { id: local-a, kind: local, endpoint: %s, model: m, replicas: 1, maxConcurrentSequences: %d, tokensPerSecond: 1000 }
                tenants:
                  - id: bench
                    tier: tertiary
                    name: { zh: 基准医院, en: Benchmark Hospital }
                    quota: { share: 1.0, guaranteed: 1.0, borrowLimit: 0.0, dailyTokenBudget: 1000000000000, requestsPerMinute: 100000000 }
                    dataPolicy: { phi: [local-a] }
                    workflows: [intake]
                    people:
                      - { username: lead.liu, displayName: 刘志强, roles: [clinical-lead, it-admin], passwordHash: "{bcrypt}$2a$10$Pn8vSD3nRDF7uSc8pNWlY.3C3v2xS9Gf3IbcJWEHKrA9cE.NvFuBi" }
                    apiKeys:
                      - { id: bench, roles: [clinician], keyHash: "%s" }
                """.formatted(endpoint, places, ApiKeyHash.of(KEY));
        var loaded = TenantConfigLoader.load("bench.yaml", yaml);
        if (!loaded.ok()) {
            throw new IllegalStateException(loaded.problems().toString());
        }
        return loaded.consortium();
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
    }

    private GatewayOverheadBenchmark() {
    }
}
