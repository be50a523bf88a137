package com.yilian.hub.scheduler;

import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.hub.support.HubHttp;
import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.hub.tenancy.ConsortiumReloader;
import com.yilian.tenants.ApiKeyHash;
import com.yilian.tenants.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The GPU scheduler's gateway started inside the hub: its endpoints, its metrics in the hub's, consortium reloads. */
class EmbeddedSchedulerTest extends RunningHubTest {
    private static final String OLD_KEY = "demo-key-chengdong-chc";
    private static final String NEW_KEY = "rotated-key-chengdong-chc";

    @Autowired
    EmbeddedScheduler scheduler;
    @Autowired
    ConsortiumReloader reloader;

    private String original;

    @BeforeEach
    void remember() throws IOException {
        original = Files.readString(tenantsFile(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void restore() throws IOException {
        Files.writeString(tenantsFile(), original, StandardCharsets.UTF_8);
        reloader.reloadIfChanged();
    }

    private HubHttp gateway() {
        return new HubHttp("http://127.0.0.1:" + scheduler.port());
    }

    @Test
    void servesTheGatewayWithTheHubsConsortiumAndPublishesItsMetricsInTheHubs() {
        assertThat(scheduler.isRunning()).isTrue();
        assertThat(gateway().get("/health", Credential.none()).json().get("status").asText()).isEqualTo("UP");
        assertThat(gateway().get("/v1/models", Credential.bearer(OLD_KEY)).status()).isEqualTo(200);
        assertThat(gateway().get("/capacity/replicas", Credential.none()).body()).contains("local-qwen", "local-intake");

        HubHttp.Reply metrics = http().get("/actuator/prometheus", login(tertiaryId(), Role.IT_ADMIN), "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("yilian_scheduler_recommended_replicas{pool=\"local-qwen\",}",
                "yilian_scheduler_redis_degraded 0.0", "# TYPE yilian_scheduler_admitted_total counter");
    }

    @Test
    void followsTheHubsConsortiumReloads() throws Exception {
        assertThat(gateway().get("/v1/models", Credential.bearer(NEW_KEY)).status()).isEqualTo(401);
        String rotated = original.replace(ApiKeyHash.of(OLD_KEY), ApiKeyHash.of(NEW_KEY));
        assertThat(rotated).isNotEqualTo(original);

        Files.writeString(tenantsFile(), rotated, StandardCharsets.UTF_8);
        assertThat(reloader.reloadIfChanged()).isTrue();

        // the gateway applies the reload on its own event loop
        for (int i = 0; i < 200 && gateway().get("/v1/models", Credential.bearer(NEW_KEY)).status() != 200; i++) {
            Thread.sleep(25);
        }
        assertThat(gateway().get("/v1/models", Credential.bearer(NEW_KEY)).status()).isEqualTo(200);
        assertThat(gateway().get("/v1/models", Credential.bearer(OLD_KEY)).status()).isEqualTo(401);
    }
}
