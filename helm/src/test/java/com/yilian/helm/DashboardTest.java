package com.yilian.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Grafana dashboard for central IT queries only metrics the gpu-scheduler exports, and covers what IT watches. */
class DashboardTest {

    /** The scheduler's metric names, as agreed with the gpu-scheduler (histograms by their base name). */
    private static final Set<String> SCHEDULER_METRICS = Set.of(
            "yilian_scheduler_queue_depth", "yilian_scheduler_queue_wait_seconds", "yilian_scheduler_admitted_total",
            "yilian_scheduler_rejected_total", "yilian_scheduler_borrowed_places", "yilian_scheduler_tokens_total",
            "yilian_scheduler_time_to_first_token_seconds", "yilian_scheduler_remote_spend_cny_total",
            "yilian_scheduler_phi_refusals_total", "yilian_scheduler_slo_requests_total",
            "yilian_scheduler_recommended_replicas", "yilian_scheduler_redis_degraded");

    private static final Pattern METRIC = Pattern.compile("yilian_[a-z_]+");

    private static Map<String, Object> configMap;
    private static JsonNode dashboard;

    @BeforeAll
    static void render() throws Exception {
        configMap = YilianChart.render("default").get("ConfigMap", YilianChart.PREFIX + "-dashboard");
        dashboard = new ObjectMapper().readTree((String) Yamls.map(configMap, "data").get("yilian-consortium.json"));
    }

    @Test
    void grafanasSidecarFindsIt() {
        assertThat(Yamls.map(configMap, "metadata.labels")).containsEntry("grafana_dashboard", "1");
        assertThat(dashboard.path("uid").asText()).isEqualTo("yilian-consortium");
    }

    @Test
    void everyQueriedYilianMetricIsOneTheSchedulerExports() {
        Set<String> used = usedMetrics();

        assertThat(used).isNotEmpty().isSubsetOf(SCHEDULER_METRICS);
    }

    @Test
    void coversUsageQueuesSloLatencySpendRefusalsAndScaling() {
        assertThat(usedMetrics()).contains(
                "yilian_scheduler_tokens_total", "yilian_scheduler_queue_depth", "yilian_scheduler_slo_requests_total",
                "yilian_scheduler_time_to_first_token_seconds", "yilian_scheduler_remote_spend_cny_total",
                "yilian_scheduler_phi_refusals_total", "yilian_scheduler_recommended_replicas");
        assertThat(expressions()).anyMatch(e -> e.contains("sum by (tenant) (yilian_scheduler_queue_depth")
                        || e.contains("sum by (tenant, priority) (yilian_scheduler_queue_depth"))
                .anyMatch(e -> e.contains("met=\"true\""))
                .anyMatch(e -> e.contains("kube_deployment_status_replicas_available"));
    }

    @Test
    void everyPanelHasATitleAQueryAndTheDatasourceVariable() {
        assertThat(dashboard.path("panels")).isNotEmpty().allSatisfy(panel -> {
            assertThat(panel.path("title").asText()).isNotBlank();
            assertThat(panel.path("targets")).isNotEmpty();
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
        });
    }

    private static Set<String> usedMetrics() {
        Set<String> used = new TreeSet<>();
        for (String expression : expressions()) {
            Matcher matcher = METRIC.matcher(expression);
            while (matcher.find()) {
                used.add(matcher.group().replaceAll("_(bucket|sum|count)$", ""));
            }
        }
        return used;
    }

    private static List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
        return expressions;
    }
}
