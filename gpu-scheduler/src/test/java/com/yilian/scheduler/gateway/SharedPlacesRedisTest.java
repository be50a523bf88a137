package com.yilian.scheduler.gateway;

import static com.yilian.scheduler.gateway.GatewayClient.await;
import static com.yilian.scheduler.gateway.GatewayClient.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.gateway.GatewayClient.Reply;
import com.yilian.tenants.Consortium;
import io.prometheus.client.CollectorRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two gateway replicas in one JVM sharing a pool of 4 places through the real Redis (YILIAN_REDIS_URL, else
 * redis://127.0.0.1:6379), each test under its own key prefix. Each replica's own core would start 4 calls.
 */
@ExtendWith(VertxExtension.class)
class SharedPlacesRedisTest {
    private static final int PLACES = 4;
    private static final int CALLS_PER_REPLICA = 10;
    private static final String REDIS = System.getenv().getOrDefault("YILIAN_REDIS_URL", "redis://127.0.0.1:6379");
    private Vertx vertx;
    private FakeBackend local;
    private Consortium consortium;

    private record Replica(GatewayClient client, GatewayClient probe, CollectorRegistry registry) {
        double metric(String name, String... labels) {
            String[] names = labels.length == 0 ? new String[0] : new String[] {"tenant", "priority", "pool"};
            Double v = registry.getSampleValue(name, names, labels);
            return v == null ? 0 : v;
        }
    }

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        this.vertx = vertx;
        local = await(FakeBackend.start(vertx));
        FakeBackend remote = await(FakeBackend.start(vertx));
        consortium = GatewayConsortium.of(local.endpoint(), remote.endpoint(), PLACES);
        local.mode(FakeBackend.Mode.HOLD);
    }

    private Replica replica(String redisUrl, String prefix) throws Exception {
        CollectorRegistry registry = new CollectorRegistry();
        GatewayVerticle gateway = new GatewayVerticle(consortium, 0,
                GatewaySettings.defaults().withMetrics(registry).withRedis(redisUrl, prefix, 2));
        await(vertx.deployVerticle(gateway));
        int port = gateway.server().actualPort();
        // a second client: the first one's connections are all taken by calls waiting in the queue
        return new Replica(new GatewayClient(vertx, port), new GatewayClient(vertx, port), registry);
    }

    @Test
    void twoReplicasTogetherNeverRunMoreThanThePoolsPlaces() throws Exception {
        String prefix = "yilian:test:" + UUID.randomUUID() + ":";
        Replica a = replica(REDIS, prefix);
        Replica b = replica(REDIS, prefix);
        waitFor(() -> a.metric("yilian_scheduler_redis_degraded") == 0 && b.metric("yilian_scheduler_redis_degraded") == 0);

        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < CALLS_PER_REPLICA; i++) {
            replies.add(a.client().post(GatewayConsortium.FIRST_KEY, Map.of(), chat("a" + i, false)));
            replies.add(b.client().post(GatewayConsortium.FIRST_KEY, Map.of(), chat("b" + i, false)));
        }
        int answered = 0;
        while (answered < 2 * CALLS_PER_REPLICA) {
            int expected = Math.min(PLACES, 2 * CALLS_PER_REPLICA - answered);
            waitFor(() -> local.held() >= expected);
            assertThat(local.held()).isEqualTo(expected);
            answered += local.held();
            local.answerHeld();
        }

        for (Future<Reply> reply : replies) {
            assertThat(await(reply).status()).isEqualTo(200);
        }
        assertThat(local.maxHeld()).isEqualTo(PLACES);
        assertThat(local.received).hasSize(2 * CALLS_PER_REPLICA);
    }

    @Test
    void withRedisOutOfReachEachReplicaKeepsToItsSafeShare() throws Exception {
        String prefix = "yilian:test:" + UUID.randomUUID() + ":";
        Replica a = replica("redis://127.0.0.1:1", prefix);
        Replica b = replica("redis://127.0.0.1:1", prefix);

        for (int i = 0; i < CALLS_PER_REPLICA; i++) {
            a.client().post(GatewayConsortium.FIRST_KEY, Map.of(), chat("a" + i, false));
            b.client().post(GatewayConsortium.FIRST_KEY, Map.of(), chat("b" + i, false));
        }
        waitFor(() -> local.held() >= PLACES);

        assertThat(a.metric("yilian_scheduler_redis_degraded")).isEqualTo(1);
        assertThat(b.metric("yilian_scheduler_redis_degraded")).isEqualTo(1);
        // PLACES / 2 expected replicas each, however many calls wait
        String[] first = {"first", "standard", "local-a"};
        waitFor(() -> a.metric("yilian_scheduler_admitted_total", first) == PLACES / 2
                && b.metric("yilian_scheduler_admitted_total", first) == PLACES / 2);
        assertThat(local.held()).isEqualTo(PLACES);
        assertThat(await(a.probe().get("none", "/health")).json().getString("redis")).isEqualTo("degraded");
    }

    /** Waits for a state reached by the gateways' own loops; the bound only keeps a broken build from hanging. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
    }
}
