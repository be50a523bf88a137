package com.yilian.helm;

import static com.yilian.helm.YilianChart.PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Local pools receive PHI: the only pods that may reach them are the gpu-scheduler's, which enforce data policy. */
class NetworkPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"default", "production", "trial"})
    void phiPoolsAcceptOnlyTheScheduler(String values) {
        Manifests manifests = YilianChart.render(values);
        Map<String, Object> schedulerPod = podLabels(manifests, PREFIX + "-gpu-scheduler");
        Map<String, Object> hubPod = podLabels(manifests, PREFIX + "-hub");
        List<Map<String, Object>> vllmDeployments = manifests.ofKind("Deployment")
                .filter(d -> Yamls.string(d, "metadata.name").startsWith(PREFIX + "-vllm-")).toList();

        assertThat(vllmDeployments).isNotEmpty();
        for (Map<String, Object> deployment : vllmDeployments) {
            String name = Yamls.string(deployment, "metadata.name");
            Map<String, Object> policy = manifests.get("NetworkPolicy", name);
            Map<String, Object> selected = Yamls.map(policy, "spec.podSelector.matchLabels");
            assertThat(podLabels(manifests, name)).as("%s selects its pool's pods", name).containsAllEntriesOf(selected);
            for (Map<String, Object> other : List.of(schedulerPod, hubPod)) {
                assertThat(selects(selected, other)).as("%s must not select other pods", name).isFalse();
            }
            assertThat(Yamls.list(policy, "spec.policyTypes")).contains("Ingress");

            List<?> ingress = Yamls.list(policy, "spec.ingress");
            assertThat(ingress).hasSize(1);
            List<?> from = Yamls.list(ingress.getFirst(), "from");
            assertThat(from).as("%s: one peer, the scheduler's pods, nothing else", name).hasSize(1);
            Map<String, Object> peer = Yamls.map(from.getFirst());
            assertThat(peer).containsOnlyKeys("podSelector");
            Map<String, Object> allowed = Yamls.map(peer, "podSelector.matchLabels");
            assertThat(schedulerPod).containsAllEntriesOf(allowed);
            assertThat(selects(allowed, hubPod)).as("the hub must not reach PHI pools directly").isFalse();
            for (Map<String, Object> vllm : vllmDeployments) {
                assertThat(selects(allowed, podLabels(manifests, Yamls.string(vllm, "metadata.name")))).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "production"})
    void schedulerAcceptsTheHubAndPrometheusAndTheHubAcceptsItsIngress(String values) {
        Manifests manifests = YilianChart.render(values);
        Map<String, Object> scheduler = manifests.get("NetworkPolicy", PREFIX + "-gpu-scheduler");
        List<?> from = Yamls.list(Yamls.list(scheduler, "spec.ingress").getFirst(), "from");

        assertThat(podLabels(manifests, PREFIX + "-hub"))
                .containsAllEntriesOf(Yamls.map(from.getFirst(), "podSelector.matchLabels"));
        assertThat(Yamls.map(from.get(1))).containsKeys("namespaceSelector", "podSelector");
        assertThat(from).hasSize(2);

        Map<String, Object> hubRule = Yamls.map(Yamls.list(manifests.get("NetworkPolicy", PREFIX + "-hub"), "spec.ingress").getFirst());
        assertThat(Yamls.list(hubRule, "ports")).map(Yamls::map).extracting(p -> p.get("port")).containsExactly(8080);
        if (values.equals("default")) {
            assertThat(hubRule).as("anyone may reach the hub").doesNotContainKey("from");
        } else {
            List<Object> hubFrom = Yamls.list(hubRule, "from");
            assertThat(Yamls.string(hubFrom.getFirst(), "namespaceSelector.matchLabels")).contains("ingress-nginx");
            assertThat(hubFrom).as("Prometheus still scrapes the hub").contains(from.get(1));
            assertThat(hubFrom).hasSize(2);
        }
    }

    private static boolean selects(Map<String, Object> matchLabels, Map<String, Object> podLabels) {
        return podLabels.entrySet().containsAll(matchLabels.entrySet());
    }

    private static Map<String, Object> podLabels(Manifests manifests, String deployment) {
        return Yamls.map(manifests.get("Deployment", deployment), "spec.template.metadata.labels");
    }
}
