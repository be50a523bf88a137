package com.yilian.scheduler.gateway;

import static com.yilian.scheduler.gateway.GatewayClient.await;
import static com.yilian.scheduler.gateway.GatewayClient.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.gateway.GatewayClient.Reply;
import com.yilian.tenants.Consortium;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.prometheus.client.CollectorRegistry;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two gateway replicas sharing the first hospital's daily token budget through the real Redis (YILIAN_REDIS_URL,
 * else redis://127.0.0.1:6379), each test under its own key prefix. The fake backend answers 6 tokens a call and the
 * budget is 20: one replica alone admits 4 calls (0, 6, 12, 18 tokens spent before each), two counting in memory 8.
 */
@ExtendWith(VertxExtension.class)
class SharedBudgetRedisTest {
    private static final long BUDGET = 20;
    private static final String REDIS = System.getenv().getOrDefault("YILIAN_REDIS_URL", "redis://127.0.0.1:6379");
    private Vertx vertx;
    private Consortium consortium;
    private RedisClient redis;
    private StatefulRedisConnection<String, String> connection;

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        this.vertx = vertx;
        FakeBackend local = await(FakeBackend.start(vertx));
        FakeBackend remote = await(FakeBackend.start(vertx));
        consortium = GatewayConsortium.of(local.endpoint(), remote.endpoint(), 4, BUDGET);
        redis = RedisClient.create(REDIS);
        connection = redis.connect();
    }

    @AfterEach
    void stop() {
        connection.close();
        redis.shutdown();
    }

    private GatewayClient replica(String redisUrl, String prefix, GatewaySettings[] settingsOut) throws Exception {
        GatewaySettings settings = GatewaySettings.defaults().withMetrics(new CollectorRegistry())
                .withRedis(redisUrl, prefix, 2);
        settingsOut[0] = settings;
        GatewayVerticle gateway = new GatewayVerticle(consortium, 0, settings);
        await(vertx.deployVerticle(gateway));
        return new GatewayClient(vertx, gateway.server().actualPort());
    }

    private static int call(GatewayClient client, String text) throws Exception {
        Reply reply = await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat(text, false)));
        if (reply.status() == 429) {
            assertThat(reply.json().getJsonObject("error").getString("limit")).isEqualTo("daily_token_budget");
        }
        return reply.status();
    }

    @Test
    void twoReplicasTogetherRefuseOnceTheBudgetIsSpent() throws Exception {
        String prefix = "yilian:test:" + UUID.randomUUID() + ":";
        GatewaySettings[] settings = new GatewaySettings[1];
        GatewayClient a = replica(REDIS, prefix, settings);
        GatewayClient b = replica(REDIS, prefix, settings);
        String key = prefix + "budget:first:" + LocalDate.now(settings[0].zone());

        assertThat(call(a, "a1")).isEqualTo(200);
        assertThat(call(a, "a2")).isEqualTo(200);
        waitFor(() -> total(key) == 12);
        assertThat(call(b, "b1")).isEqualTo(200);
        assertThat(call(b, "b2")).isEqualTo(200);
        waitFor(() -> total(key) == 24);
        Thread.sleep(2_500); // two refreshes (one a second): replica a learns what b spent

        // each replica spent only 12 of its own: counting in memory, both would still admit
        assertThat(call(a, "a3")).isEqualTo(429);
        assertThat(call(b, "b3")).isEqualTo(429);
        assertThat(total(key)).isEqualTo(24);
        long ttl = connection.sync().pttl(key);
        long untilDayEnd = LocalDate.now(settings[0].zone()).plusDays(1).atStartOfDay(settings[0].zone())
                .toInstant().toEpochMilli() - System.currentTimeMillis();
        assertThat(ttl).as("the counter expires at the end of the budget's day").isPositive()
                .isLessThanOrEqualTo(untilDayEnd + 1_000);
    }

    @Test
    void withRedisOutOfReachEachReplicaKeepsToItsShareOfTheBudget() throws Exception {
        String prefix = "yilian:test:" + UUID.randomUUID() + ":";
        GatewaySettings[] settings = new GatewaySettings[1];
        GatewayClient a = replica("redis://127.0.0.1:1", prefix, settings);
        GatewayClient b = replica("redis://127.0.0.1:1", prefix, settings);

        // half of 20 each: 0 and 6 spent are under 10, 12 is not
        assertThat(call(a, "a1")).isEqualTo(200);
        assertThat(call(a, "a2")).isEqualTo(200);
        assertThat(call(a, "a3")).isEqualTo(429);
        assertThat(call(b, "b1")).isEqualTo(200);
        assertThat(call(b, "b2")).isEqualTo(200);
        assertThat(call(b, "b3")).isEqualTo(429);
    }

    private long total(String key) {
        String v = connection.sync().get(key);
        return v == null ? 0 : Long.parseLong(v);
    }

    /** Waits for a state reached by the gateways' own loops; the bound only keeps a broken build from hanging. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
    }
}
