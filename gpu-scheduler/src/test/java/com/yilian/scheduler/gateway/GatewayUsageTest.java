package com.yilian.scheduler.gateway;

import static com.yilian.scheduler.gateway.GatewayClient.await;
import static com.yilian.scheduler.gateway.GatewayClient.chat;
import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.client.CollectorRegistry;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every finished call reaches the usage listener once, with its tenant, pool and tokens; refused calls do not. */
@ExtendWith(VertxExtension.class)
class GatewayUsageTest {

    @Test
    void aFinishedCallIsReportedOnceWithItsTokens(Vertx vertx) throws Exception {
        AtomicLong clock = new AtomicLong(1_800_000_000_000L);
        List<FinishedCall> finished = new CopyOnWriteArrayList<>();
        FakeBackend local = await(FakeBackend.start(vertx));
        FakeBackend remote = await(FakeBackend.start(vertx));
        GatewayVerticle gateway = new GatewayVerticle(GatewayConsortium.of(local.endpoint(), remote.endpoint(), 2), 0,
                GatewaySettings.defaults().withMetrics(new CollectorRegistry()).withUsage(finished::add), clock::get,
                name -> null);
        await(vertx.deployVerticle(gateway));
        GatewayClient client = new GatewayClient(vertx, gateway.server().actualPort());

        assertThat(await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("fever", false))).status())
                .isEqualTo(200);
        assertThat(await(client.post(GatewayConsortium.SECOND_KEY, Map.of(), chat("phi", false))).status())
                .as("refused by the data policy: nothing was used").isEqualTo(403);

        assertThat(finished).singleElement().satisfies(call -> {
            assertThat(call.tenant()).isEqualTo("first");
            assertThat(call.pool()).isEqualTo("local-a");
            assertThat(call.ok()).isTrue();
            assertThat(call.promptTokens()).isEqualTo(5);
            assertThat(call.outputTokens()).isEqualTo(1);
            assertThat(call.remoteCost()).isZero();
        });
    }
}
