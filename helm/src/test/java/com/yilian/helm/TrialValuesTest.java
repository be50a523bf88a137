package com.yilian.helm;

import static com.yilian.helm.YilianChart.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A trial install: the chart makes its Secrets, and KEDA polls the scheduler's /capacity/replicas. */
class TrialValuesTest {

    private static Manifests manifests;

    @BeforeAll
    static void render() {
        manifests = YilianChart.render("trial");
    }

    @Test
    void chartMadeSecretsAreTheOnesTheContainersReference() {
        Map<String, Object> database = manifests.get("Secret", PREFIX + "-database");
        assertThat(decoded(database, "password")).isEqualTo("trial-only-password");
        assertThat(Yamls.map(manifests.container(PREFIX + "-hub").env("YILIAN_DB_PASSWORD"), "valueFrom.secretKeyRef"))
                .containsEntry("name", PREFIX + "-database").containsEntry("key", "password");

        Map<String, Object> remote = manifests.get("Secret", PREFIX + "-remote-api-keys");
        assertThat(decoded(remote, "DEEPSEEK_API_KEY")).isEqualTo("sk-trial");
        assertThat(Yamls.map(manifests.container(PREFIX + "-gpu-scheduler").env("DEEPSEEK_API_KEY"), "valueFrom.secretKeyRef"))
                .containsEntry("name", PREFIX + "-remote-api-keys").containsEntry("optional", false);

        Map<String, Object> scrape = manifests.get("Secret", PREFIX + "-hub-metrics-auth");
        assertThat(decoded(scrape, "username")).isEqualTo("it.chen");
        assertThat(Yamls.string(Yamls.list(manifests.get("ServiceMonitor", PREFIX + "-hub"), "spec.endpoints").getFirst(),
                "basicAuth.password.name")).isEqualTo(PREFIX + "-hub-metrics-auth");
    }

    @Test
    void kedaReadsThePoolsRecommendationFromTheSchedulersCapacityEndpoint() {
        assertThat(manifests.ofKind("ScaledObject")).hasSize(1);
        Map<String, Object> trigger = Yamls.map(Yamls.list(
                manifests.get("ScaledObject", PREFIX + "-vllm-local-intake"), "spec.triggers").getFirst());

        assertThat(trigger).containsEntry("type", "metrics-api");
        assertThat(Yamls.string(trigger, "metadata.url"))
                .isEqualTo("http://" + PREFIX + "-gpu-scheduler.yilian.svc:8090/capacity/replicas");
        assertThat(Yamls.string(trigger, "metadata.valueLocation")).isEqualTo("pools.#(pool==\"local-intake\").recommended");
    }

    @Test
    void kedaMayPollTheSchedulerThroughItsNetworkPolicy() {
        List<?> from = Yamls.list(Yamls.list(manifests.get("NetworkPolicy", PREFIX + "-gpu-scheduler"), "spec.ingress")
                .getFirst(), "from");

        assertThat(from).map(Yamls::map).anyMatch(peer -> peer.equals(Map.of("namespaceSelector",
                Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "keda")))));
    }

    private static String decoded(Map<String, Object> secret, String key) {
        return new String(Base64.getDecoder().decode((String) Yamls.map(secret, "data").get(key)), StandardCharsets.UTF_8);
    }
}
