package com.yilian.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules every workload of every valid values file keeps: probes, resources, recommended labels, matching selectors. */
class WorkloadConventionsTest {

    private static final List<String> RECOMMENDED_LABELS = List.of("app.kubernetes.io/name", "app.kubernetes.io/instance",
            "app.kubernetes.io/component", "app.kubernetes.io/version", "app.kubernetes.io/managed-by", "helm.sh/chart");

    @ParameterizedTest
    @ValueSource(strings = {"default", "production", "trial"})
    void everyContainerHasProbesAndResources(String values) {
        List<Manifests.Container> containers = YilianChart.render(values).containers().toList();

        assertThat(containers).hasSizeGreaterThanOrEqualTo(3);
        assertThat(containers).allSatisfy(c -> {
            assertThat(c.spec()).as("%s/%s probes", c.deployment(), c.name())
                    .containsKeys("livenessProbe", "readinessProbe");
            assertThat(Yamls.map(c.spec(), "livenessProbe")).containsKey("httpGet");
            assertThat(Yamls.map(c.spec(), "resources")).as("%s/%s resources", c.deployment(), c.name())
                    .containsKeys("requests", "limits");
            assertThat(Yamls.map(c.spec(), "resources.requests")).as("%s/%s requests", c.deployment(), c.name())
                    .containsKey("memory");
            assertThat(Yamls.map(c.spec(), "resources.limits")).as("%s/%s limits", c.deployment(), c.name())
                    .containsKey("memory");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "production", "trial"})
    void hubAndSchedulerRunAsNonRootOnAReadOnlyRootWithAWritableTmp(String values) {
        Manifests manifests = YilianChart.render(values);
        for (String deployment : List.of(YilianChart.PREFIX + "-hub", YilianChart.PREFIX + "-gpu-scheduler")) {
            Map<String, Object> pod = Yamls.map(manifests.get("Deployment", deployment), "spec.template.spec");
            Manifests.Container container = manifests.container(deployment);

            assertThat(Yamls.at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
            assertThat(Yamls.map(container.spec(), "securityContext"))
                    .containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
            assertThat(Yamls.list(container.spec(), "volumeMounts")).map(Yamls::map)
                    .anyMatch(m -> "/tmp".equals(m.get("mountPath")) && "tmp".equals(m.get("name")));
            assertThat(Yamls.list(pod, "volumes")).map(Yamls::map)
                    .anyMatch(v -> "tmp".equals(v.get("name")) && v.containsKey("emptyDir"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "production", "trial"})
    void everyServiceSelectsThePodsOfExactlyOneDeployment(String values) {
        Manifests manifests = YilianChart.render(values);
        List<Map<String, Object>> podLabels = manifests.ofKind("Deployment")
                .map(d -> Yamls.map(d, "spec.template.metadata.labels")).toList();

        assertThat(manifests.ofKind("Service")).isNotEmpty().allSatisfy(service -> {
            Map<String, Object> selector = Yamls.map(service, "spec.selector");
            assertThat(podLabels.stream().filter(l -> l.entrySet().containsAll(selector.entrySet())))
                    .as("pods selected by Service %s", Yamls.string(service, "metadata.name")).hasSize(1);
        });
        manifests.ofKind("Deployment").forEach(d -> assertThat(Yamls.map(d, "spec.template.metadata.labels"))
                .containsAllEntriesOf(Yamls.map(d, "spec.selector.matchLabels")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "production", "trial"})
    void everyObjectCarriesTheRecommendedLabels(String values) {
        Manifests manifests = YilianChart.render(values);

        assertThat(manifests.objects()).allSatisfy(o -> assertThat(Yamls.map(o, "metadata.labels"))
                .as("labels of %s/%s", o.get("kind"), Yamls.string(o, "metadata.name"))
                .containsKeys(RECOMMENDED_LABELS.toArray(String[]::new))
                .containsEntry("app.kubernetes.io/instance", YilianChart.RELEASE));
    }
}
