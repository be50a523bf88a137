package com.yilian.helm;

import static com.yilian.helm.YilianChart.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The chart rendered with nothing overridden: what `helm install yl helm/yilian` would create. */
class DefaultValuesTest {

    private static Manifests manifests;

    @BeforeAll
    static void render() {
        manifests = YilianChart.render("default");
    }

    @Test
    void hubAndSchedulerRunSeveralReplicas() {
        assertThat(Yamls.at(manifests.get("Deployment", PREFIX + "-hub"), "spec.replicas")).isEqualTo(2);
        assertThat((Integer) Yamls.at(manifests.get("Deployment", PREFIX + "-gpu-scheduler"), "spec.replicas"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void hubRunsOnPostgresWithThePasswordFromTheNamedSecret() {
        Manifests.Container hub = manifests.container(PREFIX + "-hub");

        assertThat(hub.env("SPRING_PROFILES_ACTIVE")).containsEntry("value", "postgres");
        assertThat(hub.env("YILIAN_DB_URL")).containsEntry("value", "jdbc:postgresql://postgresql:5432/yilian");
        assertThat(hub.env("YILIAN_DB_USER")).containsEntry("value", "yilian");
        assertThat(Yamls.map(hub.env("YILIAN_DB_PASSWORD"), "valueFrom.secretKeyRef"))
                .containsEntry("name", "yilian-database").containsEntry("key", "password");
        assertThat(hub.hasEnv("YILIAN_KAFKA_BOOTSTRAP")).as("no Kafka configured").isFalse();
        assertThat(manifests.ofKind("Secret")).as("the chart makes no Secret when existing ones are named").isEmpty();
        assertThat(Yamls.list(hub.spec(), "args")).contains(
                "--yilian.data-dir=/var/lib/yilian", "--yilian.tenants-file=/etc/yilian/consortium/consortium.yaml");
    }

    @Test
    void schedulerGetsRedisAndTheRemoteKeysTheConsortiumFileNames() {
        Manifests.Container scheduler = manifests.container(PREFIX + "-gpu-scheduler");

        assertThat(Yamls.list(scheduler.spec(), "args")).containsExactly(
                "scheduler", "--consortium", "/etc/yilian/consortium/consortium.yaml", "--port", "8090");
        assertThat(scheduler.env("YILIAN_REDIS_URL")).containsEntry("value", "redis://redis:6379");
        assertThat(Yamls.map(scheduler.env("DEEPSEEK_API_KEY"), "valueFrom.secretKeyRef"))
                .containsEntry("name", "yilian-remote-api-keys").containsEntry("key", "DEEPSEEK_API_KEY");
        assertThat(Yamls.at(manifests.get("Service", PREFIX + "-gpu-scheduler"), "spec.ports"))
                .asList().extracting(p -> Yamls.map(p).get("port")).containsExactly(8090);
    }

    @Test
    void consortiumConfigMapIsTheExampleFileMountedAsADirectoryInBoth() throws IOException {
        Map<String, Object> configMap = manifests.get("ConfigMap", PREFIX + "-consortium");
        String example = Files.readString(Path.of("..", "tenant-config", "src", "main", "resources", "com", "yilian",
                "tenants", "example-consortium.yaml"));

        assertThat(Yamls.map(configMap, "data").get("consortium.yaml")).isEqualTo(example);
        for (String deployment : List.of(PREFIX + "-hub", PREFIX + "-gpu-scheduler")) {
            Map<String, Object> pod = Yamls.map(manifests.get("Deployment", deployment), "spec.template.spec");
            assertThat(Yamls.list(pod, "volumes")).map(Yamls::map)
                    .filteredOn(v -> "consortium".equals(v.get("name")))
                    .singleElement()
                    .satisfies(v -> assertThat(Yamls.string(v, "configMap.name")).isEqualTo(PREFIX + "-consortium"));
            Map<String, Object> mount = Yamls.list(Yamls.list(pod, "containers").getFirst(), "volumeMounts").stream()
                    .map(Yamls::map).filter(m -> "consortium".equals(m.get("name"))).findFirst().orElseThrow();
            assertThat(mount).containsEntry("mountPath", "/etc/yilian/consortium")
                    .as("subPath mounts never see ConfigMap updates").doesNotContainKey("subPath");
        }
    }

    @Test
    void anUpgradeThatChangesTheConsortiumRollsTheSchedulersButNotTheHub() {
        Map<String, Object> scheduler = manifests.get("Deployment", PREFIX + "-gpu-scheduler");
        Map<String, Object> hub = manifests.get("Deployment", PREFIX + "-hub");

        assertThat(Yamls.string(scheduler, "spec.template.metadata.annotations")).contains("checksum/consortium");
        assertThat(Yamls.has(hub, "spec.template.metadata.annotations")).as("the hub reloads the file itself").isFalse();
    }

    @Test
    void everyLocalPoolOfTheConsortiumFileHasAVllmServiceAtItsEndpointHost() {
        Map<String, Object> consortium = new Yaml().load(
                (String) Yamls.map(manifests.get("ConfigMap", PREFIX + "-consortium"), "data").get("consortium.yaml"));
        List<Map<String, Object>> localPools = Yamls.list(consortium, "modelPools").stream().map(Yamls::map)
                .filter(p -> "local".equals(p.get("kind"))).toList();

        assertThat(localPools).isNotEmpty();
        for (Map<String, Object> pool : localPools) {
            String host = URI.create((String) pool.get("endpoint")).getHost();
            Map<String, Object> service = manifests.get("Service", host);
            assertThat(Yamls.map(service, "spec.selector")).containsEntry("yilian.io/pool", pool.get("id"));
            Manifests.Container vllm = manifests.container(PREFIX + "-vllm-" + pool.get("id"));
            assertThat(Yamls.list(vllm.spec(), "args")).contains("--served-model-name", pool.get("model"));
        }
    }

    @Test
    void withoutKedaEachPoolHasAnHpaOnTheSchedulersExternalMetric() {
        assertThat(manifests.ofKind("ScaledObject")).isEmpty();
        for (String pool : List.of("local-qwen", "local-intake")) {
            Map<String, Object> hpa = manifests.get("HorizontalPodAutoscaler", PREFIX + "-vllm-" + pool);
            assertThat(Yamls.string(hpa, "spec.scaleTargetRef.name")).isEqualTo(PREFIX + "-vllm-" + pool);
            Map<String, Object> external = Yamls.map(Yamls.list(hpa, "spec.metrics").getFirst(), "external");
            assertThat(Yamls.string(external, "metric.name")).isEqualTo("yilian_scheduler_recommended_replicas");
            assertThat(Yamls.map(external, "metric.selector.matchLabels")).isEqualTo(Map.of("pool", pool));
            assertThat(Yamls.map(external, "target")).containsEntry("type", "AverageValue");
            assertThat(Yamls.has(manifests.get("Deployment", PREFIX + "-vllm-" + pool), "spec.replicas"))
                    .as("the HPA owns the replica count").isFalse();
        }
    }

    @Test
    void vllmPodsAskForGpusAndLandOnGpuNodes() {
        Map<String, Object> pod = Yamls.map(manifests.get("Deployment", PREFIX + "-vllm-local-qwen"), "spec.template.spec");
        Map<String, Object> container = Yamls.map(Yamls.list(pod, "containers").getFirst());

        assertThat(Yamls.string(container, "image")).startsWith("vllm/vllm-openai:");
        assertThat(Yamls.map(container, "resources.limits")).containsEntry("nvidia.com/gpu", 1);
        assertThat(Yamls.map(pod, "nodeSelector")).containsKey("nvidia.com/gpu.present");
        assertThat(Yamls.list(pod, "tolerations")).map(Yamls::map).anyMatch(t -> "nvidia.com/gpu".equals(t.get("key")));
    }

    @Test
    void servicesAreNotExposedOutsideTheClusterByDefault() {
        assertThat(manifests.ofKind("Service")).allSatisfy(s -> assertThat(Yamls.string(s, "spec.type")).isEqualTo("ClusterIP"));
        assertThat(manifests.ofKind("ServiceMonitor")).isEmpty();
    }
}
