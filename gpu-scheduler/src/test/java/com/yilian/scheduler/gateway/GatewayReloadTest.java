package com.yilian.scheduler.gateway;

import static com.yilian.scheduler.gateway.GatewayClient.await;
import static com.yilian.scheduler.gateway.GatewayClient.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.gateway.GatewayClient.Reply;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import com.yilian.tenants.Consortium;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A reloaded consortium applies to the next call; calls already queued or running are not lost. */
@ExtendWith(VertxExtension.class)
class GatewayReloadTest {

    @Test
    void callsQueuedAndRunningAcrossAReloadThatChangesQuotasAllFinish(Vertx vertx) throws Exception {
        OnePlace one = onePlaceHoldingACall(vertx);
        FakeBackend local = one.local();
        GatewayVerticle gateway = one.gateway();
        GatewayClient client = one.client();
        Future<Reply> running = one.running();
        Future<Reply> queued = client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("queued", false));
        // found queued by the reload, it moves to the new core
        waitForQueued(client, 1);

        // a new quota means a new scheduling core; the pool keeps its single place
        await(gateway.update(one.withBudget(5_000)));
        local.answerHeld();
        assertThat(await(running).status()).isEqualTo(200);
        waitForHeld(local, 1); // the queued call moved to the new core and got the place
        local.release();

        assertThat(await(queued).status()).isEqualTo(200);
        assertThat(local.maxHeld()).isEqualTo(1);
        assertThat(local.received).hasSize(2);
    }

    @Test
    void aCallArrivingAfterAReloadWaitsForThePlaceTheOldCoreStillHolds(Vertx vertx) throws Exception {
        OnePlace one = onePlaceHoldingACall(vertx);
        FakeBackend local = one.local();
        GatewayVerticle gateway = one.gateway();
        GatewayClient client = one.client();
        Future<Reply> running = one.running();

        // the new core starts empty: only the place count tells it that the pool's one place is taken
        await(gateway.update(one.withBudget(5_000)));
        Future<Reply> after = client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("after the reload", false));
        waitForQueued(client, 1);
        Thread.sleep(300); // several ticks: it must go on waiting, not start a second sequence
        assertThat(local.held()).isEqualTo(1);

        local.answerHeld();
        assertThat(await(running).status()).isEqualTo(200);
        waitForHeld(local, 1);
        local.release();
        assertThat(await(after).status()).isEqualTo(200);
        assertThat(local.maxHeld()).isEqualTo(1);
    }

    @Test
    void aKeyRemovedByAReloadIsRefusedFromTheNextCall(Vertx vertx) throws Exception {
        FakeBackend local = await(FakeBackend.start(vertx));
        GatewayVerticle gateway = new GatewayVerticle(GatewayConsortium.of(local.endpoint(), local.endpoint(), 1), 0);
        await(vertx.deployVerticle(gateway));
        GatewayClient client = new GatewayClient(vertx, gateway.server().actualPort());
        // the first call has the gateway remember the key (KnownKeys): the reload must forget it
        assertThat(await(client.get(GatewayConsortium.FIRST_KEY, "/v1/models")).status()).isEqualTo(200);
        assertThat(await(client.get(GatewayConsortium.FIRST_KEY, "/v1/models")).status()).isEqualTo(200);

        Consortium before = GatewayConsortium.of(local.endpoint(), local.endpoint(), 1);
        gateway.update(new Consortium(before.id(), before.name(), before.modelPools(), List.of(before.tenants().get(1))));

        Thread.sleep(500);
        assertThat(await(client.get(GatewayConsortium.FIRST_KEY, "/v1/models")).status()).isEqualTo(401);
    }

    private record OnePlace(FakeBackend local, FakeBackend remote, GatewayVerticle gateway, GatewayClient client,
                            Future<Reply> running) {
        Consortium withBudget(long dailyTokenBudget) {
            return GatewayConsortium.of(local.endpoint(), remote.endpoint(), 1, dailyTokenBudget);
        }
    }

    /** A gateway in front of a local pool with one place, and a call holding that place. */
    private static OnePlace onePlaceHoldingACall(Vertx vertx) throws Exception {
        FakeBackend local = await(FakeBackend.start(vertx));
        FakeBackend remote = await(FakeBackend.start(vertx));
        GatewayVerticle gateway = new GatewayVerticle(GatewayConsortium.of(local.endpoint(), remote.endpoint(), 1), 0);
        await(vertx.deployVerticle(gateway));
        GatewayClient client = new GatewayClient(vertx, gateway.server().actualPort());
        local.mode(FakeBackend.Mode.HOLD);
        Future<Reply> running = client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("running", false));
        waitForHeld(local, 1);
        return new OnePlace(local, remote, gateway, client, running);
    }

    private static void waitForQueued(GatewayClient client, int n) throws Exception {
        String depth = "";
        for (int i = 0; i < 500; i++) {
            depth = await(client.get(GatewayConsortium.FIRST_KEY, "/metrics")).body().lines()
                    .filter(l -> l.startsWith("yilian_scheduler_queue_depth{") && !l.endsWith(" 0.0"))
                    .findFirst().orElse("");
            if (depth.endsWith(" " + n + ".0")) {
                return;
            }
            Thread.sleep(10);
        }
        assertThat(depth).as("a queued call in the gateway's metrics").endsWith(" " + n + ".0");
    }

    private static void waitForHeld(FakeBackend backend, int n) throws InterruptedException {
        for (int i = 0; i < 500 && backend.held() < n; i++) {
            Thread.sleep(10);
        }
        assertThat(backend.held()).isEqualTo(n);
    }
}
