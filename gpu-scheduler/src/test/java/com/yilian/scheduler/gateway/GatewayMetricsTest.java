package com.yilian.scheduler.gateway;

import static com.yilian.scheduler.gateway.GatewayClient.await;
import static com.yilian.scheduler.gateway.GatewayClient.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.gateway.GatewayClient.Reply;
import io.prometheus.client.CollectorRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /metrics in Prometheus text, with the shared metric names, GET /health and GET /capacity/replicas. */
@ExtendWith(VertxExtension.class)
class GatewayMetricsTest {
    static final List<String> CONTRACT_NAMES = List.of("yilian_scheduler_queue_depth",
            "yilian_scheduler_queue_wait_seconds", "yilian_scheduler_admitted_total", "yilian_scheduler_rejected_total",
            "yilian_scheduler_borrowed_places", "yilian_scheduler_tokens_total",
            "yilian_scheduler_time_to_first_token_seconds", "yilian_scheduler_remote_spend_cny_total",
            "yilian_scheduler_phi_refusals_total", "yilian_scheduler_slo_requests_total",
            "yilian_scheduler_recommended_replicas", "yilian_scheduler_redis_degraded");
    private final AtomicLong clock = new AtomicLong(1_800_000_000_000L);
    private final CollectorRegistry registry = new CollectorRegistry();
    private GatewayClient client;
    private FakeBackend local;

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        local = await(FakeBackend.start(vertx));
        FakeBackend remote = await(FakeBackend.start(vertx));
        GatewayVerticle gateway = new GatewayVerticle(GatewayConsortium.of(local.endpoint(), remote.endpoint(), 2), 0,
                GatewaySettings.defaults().withMetrics(registry), clock::get, name -> null);
        await(vertx.deployVerticle(gateway));
        client = new GatewayClient(vertx, gateway.server().actualPort());
    }

    @Test
    void servesEverySharedMetricNameInPrometheusText() throws Exception {
        Reply metrics = await(client.get("none", "/metrics"));

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.headers().get("Content-Type")).startsWith("text/plain");
        for (String name : CONTRACT_NAMES) {
            assertThat(metrics.body()).contains("# TYPE " + name + " ");
        }
        assertThat(metrics.body()).contains("yilian_scheduler_redis_degraded 0.0");
    }

    @Test
    void countsAdmittedCallsTokensSloAndRejections() throws Exception {
        assertThat(await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("fever", false))).status())
                .isEqualTo(200);
        // the second hospital may send no PHI anywhere: refused by its data policy
        assertThat(await(client.post(GatewayConsortium.SECOND_KEY, Map.of(), chat("phi", false))).status())
                .isEqualTo(403);

        String text = await(client.get("none", "/metrics")).body();

        assertThat(text).contains(
                "yilian_scheduler_admitted_total{tenant=\"first\",priority=\"standard\",pool=\"local-a\",} 1.0",
                "yilian_scheduler_tokens_total{tenant=\"first\",pool=\"local-a\",kind=\"output\",} 1.0",
                "yilian_scheduler_tokens_total{tenant=\"first\",pool=\"local-a\",kind=\"prompt\",} 5.0",
                "yilian_scheduler_slo_requests_total{tenant=\"first\",priority=\"standard\",met=\"true\",} 1.0",
                "yilian_scheduler_queue_wait_seconds_count{tenant=\"first\",priority=\"standard\",} 1.0",
                "yilian_scheduler_time_to_first_token_seconds_count{tenant=\"first\",priority=\"standard\",} 1.0",
                "yilian_scheduler_queue_depth{tenant=\"first\",priority=\"standard\",} 0.0",
                "yilian_scheduler_rejected_total{tenant=\"second\",reason=\"data_policy\",} 1.0",
                "yilian_scheduler_phi_refusals_total{tenant=\"second\",} 1.0");
    }

    @Test
    void countsRemoteSpendAtThePoolsPrices() throws Exception {
        // public text with the local pool held busy bursts to the remote pool once waiting would miss its objective
        local.mode(FakeBackend.Mode.HOLD);
        client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("a", false));
        client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("b", false));
        clock.addAndGet(1); // let the held calls arrive first
        Reply burst = await(client.post(GatewayConsortium.FIRST_KEY,
                Map.of("X-Yilian-Data-Class", "public", "X-Yilian-Priority", "interactive"), chat("public", false)));
        local.release();

        assertThat(burst.status()).isEqualTo(200);
        String text = await(client.get("none", "/metrics")).body();
        // 5 prompt tokens at 2 CNY and 1 output token at 8 CNY per million
        assertThat(text).contains("yilian_scheduler_remote_spend_cny_total{tenant=\"first\",pool=\"remote-b\",} 1.8E-5");
    }

    @Test
    void answersHealthAndReplicaRecommendations() throws Exception {
        JsonObject health = await(client.get("none", "/health")).json();
        JsonObject plan = await(client.get("none", "/capacity/replicas")).json();

        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getString("redis")).isEqualTo("off");
        assertThat(plan.getJsonArray("pools")).hasSize(1);
        JsonObject pool = plan.getJsonArray("pools").getJsonObject(0);
        assertThat(pool.getString("pool")).isEqualTo("local-a");
        assertThat(pool.getString("kind")).isEqualTo("local");
        assertThat(pool.getInteger("current")).isEqualTo(1);
        assertThat(pool.getInteger("recommended")).isEqualTo(1); // nothing learned yet: the minimum
        assertThat(pool.getDouble("predictedTokensPerSecond")).isZero();
    }
}
