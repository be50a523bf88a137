package com.yilian.helm;

import static com.yilian.helm.YilianChart.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A production-like install: KEDA on Prometheus, ServiceMonitors, Kafka, Secrets and consortium file from outside. */
class ProductionValuesTest {

    private static Manifests manifests;

    @BeforeAll
    static void render() {
        manifests = YilianChart.render("production");
    }

    @Test
    void replicasAndDatabaseComeFromTheValues() {
        assertThat(Yamls.at(manifests.get("Deployment", PREFIX + "-hub"), "spec.replicas")).isEqualTo(3);
        assertThat(Yamls.at(manifests.get("Deployment", PREFIX + "-gpu-scheduler"), "spec.replicas")).isEqualTo(3);
        Manifests.Container hub = manifests.container(PREFIX + "-hub");
        assertThat(hub.env("YILIAN_DB_URL")).containsEntry("value", "jdbc:postgresql://pg-primary.db.svc:5432/yilian");
        assertThat(Yamls.map(hub.env("YILIAN_DB_PASSWORD"), "valueFrom.secretKeyRef"))
                .containsEntry("name", "yilian-pg").containsEntry("key", "app-password");
        assertThat(hub.env("YILIAN_KAFKA_BOOTSTRAP"))
                .containsEntry("value", "kafka-0.kafka.svc:9092,kafka-1.kafka.svc:9092");
        assertThat(manifests.ofKind("Secret")).isEmpty();
    }

    @Test
    void theHubReadsItsModelRoutingFromASecretAndCallsTheSchedulerService() {
        Manifests.Container hub = manifests.container(PREFIX + "-hub");
        assertThat(Yamls.list(hub.spec(), "args"))
                .contains("--spring.config.import=optional:file:/etc/yilian/models/models.yml");
        assertThat(Yamls.list(manifests.get("Deployment", PREFIX + "-hub"), "spec.template.spec.volumes")).map(Yamls::map)
                .anyMatch(v -> v.equals(Map.of("name", "models", "secret", Map.of("secretName", "yilian-models"))));
        assertThat(hub.env("YILIAN_SCHEDULER_URL")).containsEntry("value", "http://" + PREFIX + "-gpu-scheduler:8090");
    }

    @Test
    void schedulerReadsRedisAndEveryListedRemoteKeyFromSecrets() {
        Manifests.Container scheduler = manifests.container(PREFIX + "-gpu-scheduler");

        assertThat(Yamls.map(scheduler.env("YILIAN_REDIS_URL"), "valueFrom.secretKeyRef"))
                .containsEntry("name", "yilian-redis").containsEntry("key", "url");
        assertThat(scheduler.env("YILIAN_KAFKA_BOOTSTRAP"))
                .containsEntry("value", "kafka-0.kafka.svc:9092,kafka-1.kafka.svc:9092");
        for (String env : List.of("DEEPSEEK_API_KEY", "QWEN_CLOUD_API_KEY")) {
            assertThat(Yamls.map(scheduler.env(env), "valueFrom.secretKeyRef"))
                    .containsEntry("name", "linjiang-remote-keys").containsEntry("key", env);
        }
    }

    @Test
    void existingConsortiumConfigMapIsMountedAndNoneIsMade() {
        assertThat(manifests.ofKind("ConfigMap").map(c -> Yamls.string(c, "metadata.name")))
                .doesNotContain(PREFIX + "-consortium");
        for (String deployment : List.of(PREFIX + "-hub", PREFIX + "-gpu-scheduler")) {
            assertThat(Yamls.list(manifests.get("Deployment", deployment), "spec.template.spec.volumes")).map(Yamls::map)
                    .anyMatch(v -> v.equals(Map.of("name", "consortium", "configMap", Map.of("name", "linjiang-consortium"))));
        }
        assertThat(Yamls.list(manifests.container(PREFIX + "-hub").spec(), "args"))
                .contains("--yilian.tenants-file=/etc/yilian/consortium/tenants.yaml");
    }

    @Test
    void eachPoolScalesOnTheSchedulersRecommendationThroughKeda() {
        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).isEmpty();
        Map<String, Integer> maxReplicas = Map.of("local-qwen", 6, "local-intake", 4);
        maxReplicas.forEach((pool, max) -> {
            Map<String, Object> scaled = manifests.get("ScaledObject", PREFIX + "-vllm-" + pool);
            assertThat(Yamls.string(scaled, "spec.scaleTargetRef.name")).isEqualTo(PREFIX + "-vllm-" + pool);
            assertThat(Yamls.at(scaled, "spec.maxReplicaCount")).isEqualTo(max);
            Map<String, Object> trigger = Yamls.map(Yamls.list(scaled, "spec.triggers").getFirst());
            assertThat(trigger).containsEntry("type", "prometheus");
            assertThat(Yamls.string(trigger, "metadata.query"))
                    .isEqualTo("max(yilian_scheduler_recommended_replicas{pool=\"" + pool + "\"})");
            assertThat(Yamls.string(trigger, "metadata.serverAddress"))
                    .isEqualTo("http://prometheus-operated.monitoring.svc:9090");
        });
        assertThat(manifests.ofKind("ScaledObject")).hasSize(maxReplicas.size());
    }

    @Test
    void twoGpuPoolsRunTensorParallelOnTwoGpus() {
        Manifests.Container vllm = manifests.container(PREFIX + "-vllm-local-qwen");
        List<?> args = Yamls.list(vllm.spec(), "args");

        assertThat(args.get(args.indexOf("--tensor-parallel-size") + 1)).isEqualTo("2");
        assertThat(Yamls.map(vllm.spec(), "resources.limits")).containsEntry("nvidia.com/gpu", 2);
        assertThat(Yamls.list(manifests.get("Deployment", PREFIX + "-vllm-local-qwen"), "spec.template.spec.volumes"))
                .contains(Map.of("name", "models-cache", "persistentVolumeClaim", Map.of("claimName", "model-weights")));
    }

    @Test
    void prometheusScrapesTheHubWithBasicAuthAndTheScheduler() {
        Map<String, Object> hubMonitor = manifests.get("ServiceMonitor", PREFIX + "-hub");
        Map<String, Object> hubEndpoint = Yamls.map(Yamls.list(hubMonitor, "spec.endpoints").getFirst());
        assertThat(hubEndpoint).containsEntry("path", "/actuator/prometheus").containsEntry("port", "http");
        assertThat(Yamls.map(hubEndpoint, "basicAuth.username")).containsEntry("name", "yilian-prometheus-scraper");
        assertThat(Yamls.map(hubEndpoint, "basicAuth.password")).containsEntry("name", "yilian-prometheus-scraper");
        assertThat(Yamls.map(hubMonitor, "metadata.labels")).containsEntry("release", "kube-prometheus-stack");
        assertThat(servicesSelectedBy(hubMonitor)).containsExactly(PREFIX + "-hub");

        Map<String, Object> schedulerMonitor = manifests.get("ServiceMonitor", PREFIX + "-gpu-scheduler");
        assertThat(Yamls.map(Yamls.list(schedulerMonitor, "spec.endpoints").getFirst())).containsEntry("path", "/metrics");
        assertThat(servicesSelectedBy(schedulerMonitor)).containsExactly(PREFIX + "-gpu-scheduler");
    }

    /** A ServiceMonitor picks Services by their own labels. */
    private static List<String> servicesSelectedBy(Map<String, Object> monitor) {
        Map<String, Object> matchLabels = Yamls.map(monitor, "spec.selector.matchLabels");
        return manifests.ofKind("Service")
                .filter(s -> Yamls.map(s, "metadata.labels").entrySet().containsAll(matchLabels.entrySet()))
                .map(s -> Yamls.string(s, "metadata.name"))
                .toList();
    }

    @Test
    void ingressRoutesTheHostToTheHubServiceWithTls() {
        Map<String, Object> ingress = manifests.get("Ingress", PREFIX + "-hub");
        Map<String, Object> rule = Yamls.map(Yamls.list(ingress, "spec.rules").getFirst());

        assertThat(rule).containsEntry("host", "yilian.linjiang.example");
        assertThat(Yamls.string(Yamls.list(rule, "http.paths").getFirst(), "backend.service.name")).isEqualTo(PREFIX + "-hub");
        assertThat(Yamls.map(Yamls.list(ingress, "spec.tls").getFirst())).containsEntry("secretName", "yilian-tls");
    }

    @Test
    void dashboardGoesToTheMonitoringNamespaceWithTheSidecarLabel() {
        Map<String, Object> dashboard = manifests.get("ConfigMap", PREFIX + "-dashboard");
        assertThat(Yamls.string(dashboard, "metadata.namespace")).isEqualTo("monitoring");
        assertThat(Yamls.map(dashboard, "metadata.labels")).containsEntry("grafana_dashboard", "1");
    }

}
