package com.yilian.scheduler.gateway;

import static com.yilian.scheduler.gateway.GatewayClient.await;
import static com.yilian.scheduler.gateway.GatewayClient.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.Priority;
import com.yilian.scheduler.gateway.GatewayClient.Reply;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The limits that answer a call before it runs: the queue-wait limit per priority and the daily token budget. */
@ExtendWith(VertxExtension.class)
class GatewayLimitsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final AtomicLong clock = new AtomicLong(
            ZonedDateTime.of(2026, 11, 22, 23, 59, 0, 0, SHANGHAI).toInstant().toEpochMilli());
    private FakeBackend local;
    private FakeBackend remote;
    private Vertx vertx;

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        this.vertx = vertx;
        local = await(FakeBackend.start(vertx));
        remote = await(FakeBackend.start(vertx));
    }

    private GatewayClient gateway(long dailyBudget, GatewaySettings settings) throws Exception {
        GatewayVerticle gateway = new GatewayVerticle(GatewayConsortium.of(local.endpoint(), remote.endpoint(), 1,
                dailyBudget), 0, settings, clock::get, name -> null);
        await(vertx.deployVerticle(gateway));
        return new GatewayClient(vertx, gateway.server().actualPort());
    }

    private static GatewaySettings shortInteractiveWait() {
        return GatewaySettings.defaults().withMaxQueueWait(Priority.INTERACTIVE, Duration.ofMillis(300));
    }

    @Test
    void aCallThatWaitsPastItsPrioritysLimitIsAnswered429WithRetryAfterInBothLanguages() throws Exception {
        GatewayClient client = gateway(1_000_000, shortInteractiveWait());
        local.mode(FakeBackend.Mode.HOLD);
        Future<Reply> holder = client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("takes the only place", false));
        awaitHeld(1);

        Reply waited = await(client.post(GatewayConsortium.FIRST_KEY, Map.of("X-Yilian-Priority", "interactive"),
                chat("waits behind it", false)));

        assertThat(waited.status()).isEqualTo(429);
        assertThat(waited.headers().get("Retry-After")).matches("[1-9][0-9]*");
        JsonObject error = waited.json().getJsonObject("error");
        assertThat(error.getString("limit")).isEqualTo("max_queue_wait.interactive");
        assertThat(error.getJsonObject("messages").getString("zh")).contains("排队");
        assertThat(error.getJsonObject("messages").getString("en")).contains("interactive");
        // the place was never given to the call that gave up: the first call still finishes, nothing else was sent
        local.release();
        assertThat(await(holder).status()).isEqualTo(200);
        assertThat(local.received).hasSize(1);
    }

    @Test
    void aCallWaitingOnPoolsThatAreDownIsAnswered503() throws Exception {
        GatewayClient client = gateway(1_000_000, shortInteractiveWait());
        local.mode(FakeBackend.Mode.FAIL_500);
        assertThat(await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("pool crashes", false))).status())
                .isEqualTo(502);
        local.mode(FakeBackend.Mode.HOLD);
        client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("hangs on the broken pool", false));
        awaitHeld(1);

        // PHI (no data-class header) may only use local-a, whose last answer was a failure
        Reply waited = await(client.post(GatewayConsortium.FIRST_KEY, Map.of("X-Yilian-Priority", "interactive"),
                chat("waits", false)));

        assertThat(waited.status()).isEqualTo(503);
        assertThat(waited.headers().get("Retry-After")).isNotBlank();
        assertThat(waited.json().getJsonObject("error").getString("limit")).isEqualTo("pools_unavailable");
        assertThat(waited.json().getJsonObject("error").getString("message")).contains("local-a");
    }

    @Test
    void theDailyTokenBudgetRefusesUntilLocalMidnight() throws Exception {
        GatewayClient client = gateway(10, GatewaySettings.defaults()); // the fake answers 5 prompt + 1 output tokens

        assertThat(await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("one", false))).status()).isEqualTo(200);
        assertThat(await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("two", false))).status()).isEqualTo(200);
        Reply over = await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("three", false)));

        assertThat(over.status()).isEqualTo(429);
        assertThat(over.headers().get("Retry-After")).isEqualTo("60"); // 23:59 in Shanghai
        JsonObject error = over.json().getJsonObject("error");
        assertThat(error.getString("limit")).isEqualTo("daily_token_budget");
        assertThat(error.getJsonObject("messages").getString("zh")).contains("额度");
        assertThat(error.getJsonObject("messages").getString("en")).contains("dailyTokenBudget");
        assertThat(local.received).hasSize(2);
        // the other hospital has its own budget
        assertThat(await(client.post(GatewayConsortium.SECOND_KEY, Map.of("X-Yilian-Data-Class", "public"),
                chat("other", false))).status()).isEqualTo(200);

        clock.addAndGet(61_000); // past midnight in Shanghai
        assertThat(await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("new day", false))).status())
                .isEqualTo(200);
    }

    private void awaitHeld(int n) throws InterruptedException {
        for (int i = 0; i < 500 && local.held() < n; i++) {
            Thread.sleep(10);
        }
        assertThat(local.held()).isEqualTo(n);
    }
}
