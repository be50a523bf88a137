package com.yilian.scheduler.gateway;

import static com.yilian.scheduler.gateway.GatewayClient.await;
import static com.yilian.scheduler.gateway.GatewayClient.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.gateway.GatewayClient.Reply;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway against fake OpenAI-compatible backends on loopback: one local pool with a single place, one remote. */
@ExtendWith(VertxExtension.class)
class GatewayVerticleTest {
    private static final String REMOTE_KEY = "remote-secret";
    private static final Map<String, String> PUBLIC = Map.of("X-Yilian-Data-Class", "public");
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private FakeBackend local;
    private FakeBackend remote;
    private GatewayClient client;
    private Vertx vertx;

    @BeforeEach
    void start(Vertx vertx) throws Exception {
        this.vertx = vertx;
        local = await(FakeBackend.start(vertx));
        remote = await(FakeBackend.start(vertx));
        client = startGateway(1);
    }

    private GatewayClient startGateway(int places) throws Exception {
        GatewayVerticle gateway = new GatewayVerticle(GatewayConsortium.of(local.endpoint(), remote.endpoint(), places),
                0, clock::get, name -> name.equals("GW_TEST_REMOTE_KEY") ? REMOTE_KEY : null);
        await(vertx.deployVerticle(gateway));
        return new GatewayClient(vertx, gateway.server().actualPort());
    }

    @Test
    void relaysAWholeAnswerFromThePoolTheSchedulerChose() throws Exception {
        Reply reply = await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("fever for three days", false)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("choices").getJsonObject(0).getJsonObject("message")
                .getString("content")).isEqualTo("hello");
        assertThat(local.received).singleElement()
                .satisfies(body -> assertThat(body.getString("model")).isEqualTo("local-model"));
    }

    @Test
    void relaysAStreamChunkByChunk() throws Exception {
        Promise<Void> firstChunkSeen = Promise.promise();
        local.afterFirstChunk = firstChunkSeen.future();

        Reply reply = await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("cough", true).toBuffer(),
                b -> firstChunkSeen.tryComplete()));

        // the backend held back its other chunks until the caller had seen the first one
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().get("Content-Type")).startsWith("text/event-stream");
        assertThat(reply.buffers()).hasSizeGreaterThan(1);
        assertThat(reply.buffers().get(0)).doesNotContain("\"t1\"");
        assertThat(reply.body()).containsSubsequence("\"t0\"", "\"t1\"", "\"t2\"", "data: [DONE]");
    }

    @Test
    void listsTheModelsOfThePoolsTheTenantMayUse() throws Exception {
        Reply first = await(client.get(GatewayConsortium.FIRST_KEY, "/v1/models"));
        Reply second = await(client.get(GatewayConsortium.SECOND_KEY, "/v1/models"));

        assertThat(first.body()).contains("local-model", "remote-model");
        assertThat(second.body()).contains("local-model").doesNotContain("remote-model");
    }

    @Test
    void refusesAnUnknownKey() throws Exception {
        Reply reply = await(client.post("demo-key-nobody", Map.of(), chat("hi", false)));
        Reply none = await(client.post(null, Map.of(), chat("hi", false)));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(none.status()).isEqualTo(401);
        assertThat(local.received).isEmpty();
    }

    @Test
    void namesTheHeaderAndTheAllowedValuesOfABadDataClass() throws Exception {
        Reply reply = await(client.post(GatewayConsortium.FIRST_KEY, Map.of("X-Yilian-Data-Class", "secret"),
                chat("hi", false)));
        Reply priority = await(client.post(GatewayConsortium.FIRST_KEY, Map.of("X-Yilian-Priority", "urgent"),
                chat("hi", false)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("X-Yilian-Data-Class", "phi|deidentified|public");
        assertThat(priority.status()).isEqualTo(400);
        assertThat(priority.body()).contains("X-Yilian-Priority", "interactive|standard|batch");
    }

    @Test
    void answersOverTheRequestsPerMinuteLimitWith429AndRetryAfter() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertThat(await(client.post(GatewayConsortium.SECOND_KEY, PUBLIC, chat("hi", false))).status())
                    .isEqualTo(200);
        }
        Reply third = await(client.post(GatewayConsortium.SECOND_KEY, PUBLIC, chat("hi", false)));

        assertThat(third.status()).isEqualTo(429);
        assertThat(Integer.parseInt(third.headers().get("Retry-After"))).isBetween(1, 60);
        assertThat(third.body()).contains("2 requests per minute", "requestsPerMinute");
        clock.addAndGet(61_000);
        assertThat(await(client.post(GatewayConsortium.SECOND_KEY, PUBLIC, chat("hi", false))).status())
                .isEqualTo(200);
    }

    @Test
    void refusesPhiOfAHospitalWithNoLocalPoolForItAndSaysWhy() throws Exception {
        Reply reply = await(client.post(GatewayConsortium.SECOND_KEY, Map.of(), chat("patient note", false)));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("PHI", "local pool");
        assertThat(local.received).isEmpty();
        assertThat(remote.received).isEmpty();
    }

    @Test
    void neverSendsPhiRemoteEvenWhenTheLocalPoolIsSaturated() throws Exception {
        local.mode(FakeBackend.Mode.HOLD);
        Future<Reply> phi1 = client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("phi-1", false));
        await(until(() -> local.held() == 1)); // the pool's only place is taken by PHI
        Future<Reply> phi2 = client.post(GatewayConsortium.FIRST_KEY, Map.of("X-Yilian-Data-Class", "phi"),
                chat("phi-2", false));
        Future<Reply> deid = client.post(GatewayConsortium.FIRST_KEY, Map.of("X-Yilian-Data-Class", "deidentified"),
                chat("deid-3", false));

        clock.addAndGet(60_000); // all have waited far past their objective: non-PHI work may now burst
        Reply burst = await(deid);

        assertThat(burst.status()).isEqualTo(200);
        assertThat(remote.received).singleElement().satisfies(b -> assertThat(b.encode()).contains("deid-3"));
        assertThat(remote.authorizations).containsExactly("Bearer " + REMOTE_KEY);
        local.release();
        assertThat(await(phi1).status()).isEqualTo(200);
        assertThat(await(phi2).status()).isEqualTo(200);
        assertThat(remote.received).noneMatch(b -> b.encode().contains("phi-"));
        assertThat(local.received).hasSize(2);
    }

    @Test
    void resendsAPreemptedBorrowedBatchCallOnceTheLenderIsServed() throws Exception {
        GatewayClient twoPlaces = startGateway(2); // `first` is guaranteed one of the two places
        local.mode(FakeBackend.Mode.HOLD);
        Map<String, String> batch = Map.of("X-Yilian-Data-Class", "public", "X-Yilian-Priority", "batch");
        Future<Reply> borrowed1 = twoPlaces.post(GatewayConsortium.SECOND_KEY, batch, chat("batch-1", false));
        Future<Reply> borrowed2 = twoPlaces.post(GatewayConsortium.SECOND_KEY, batch, chat("batch-2", false));
        await(until(() -> local.held() == 2));
        clock.addAndGet(1_000);
        Future<Reply> lender = twoPlaces.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("phi-1", false));
        await(until(() -> local.received.size() == 3)); // the lender took its place back at once

        local.release();

        assertThat(await(lender).status()).isEqualTo(200);
        assertThat(await(borrowed1).status()).isEqualTo(200);
        assertThat(await(borrowed2).status()).isEqualTo(200);
        // one borrowed call was stopped for the lender and sent again: the caller only sees its one answer
        assertThat(local.received).hasSize(4)
                .extracting(b -> b.getJsonArray("messages").getJsonObject(0).getString("content"))
                .containsOnly("batch-1", "batch-2", "phi-1");
    }

    @Test
    void endsAStreamWhoseBackendDiesWithAnErrorEventAndFreesThePlace() throws Exception {
        local.mode(FakeBackend.Mode.DIE_MID_STREAM);
        Reply died = await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("cough", true).toBuffer(), b -> { }));

        assertThat(died.status()).isEqualTo(200);
        assertThat(died.body()).containsSubsequence("\"t0\"", "data: {\"error\":").doesNotContain("[DONE]");
        local.mode(FakeBackend.Mode.ANSWER);
        // the pool has one place: this only runs if the dead stream's place was given back
        assertThat(await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("again", false))).status())
                .isEqualTo(200);
    }

    @Test
    void answers502WhenTheBackendFailsAndFreesThePlace() throws Exception {
        local.mode(FakeBackend.Mode.FAIL_500);
        Reply failed = await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("hi", false)));

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.body()).contains("local-a", "500");
        local.mode(FakeBackend.Mode.ANSWER);
        assertThat(await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), chat("again", false))).status())
                .isEqualTo(200);
    }

    @Test
    void refusesABodyOverOneMebibyte() throws Exception {
        Buffer huge = Buffer.buffer(new byte[GatewayVerticle.MAX_BODY_BYTES + 1]);
        Reply reply = await(client.post(GatewayConsortium.FIRST_KEY, Map.of(), huge, b -> { }));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(local.received).isEmpty();
    }

    /** Completes once the condition holds, checking on a timer of the test's Vert.x (no sleeping thread). */
    private Future<Void> until(java.util.function.BooleanSupplier condition) {
        Promise<Void> done = Promise.promise();
        vertx.setPeriodic(10, id -> {
            if (condition.getAsBoolean()) {
                vertx.cancelTimer(id);
                done.tryComplete();
            }
        });
        return done.future();
    }
}
