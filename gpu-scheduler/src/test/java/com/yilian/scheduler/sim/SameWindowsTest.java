package com.yilian.scheduler.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SameWindowsTest {

    private static PolicyReport report(Map<Integer, Double> diffs) {
        double avg = diffs.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new PolicyReport(1, avg, 0, diffs.size(), 1, 1, 0, 0, 0, 0, 1, 1, Map.of(), Map.of(), 1, 0, 0, 0,
                diffs);
    }

    @Test
    void comparesOnlyTheWindowsBothPoliciesCounted() {
        // the second policy clears its backlog sooner: fewer windows, the calm ones after the peak missing
        PolicyReport longBacklog = report(Map.of(1, 3000.0, 2, 3200.0, 3, 1000.0, 4, 1000.0));
        PolicyReport shortBacklog = report(Map.of(1, 2900.0, 2, 3000.0));
        assertThat(longBacklog.avgServiceDiff()).isLessThan(shortBacklog.avgServiceDiff());

        double[] same = shortBacklog.sameWindowsAs(longBacklog).orElseThrow();
        // differences −100 and −200: mean −150, sample standard deviation 70.71, standard error 50
        assertThat(same).containsExactly(new double[] {2, 2950.0, 3100.0, 50.0}, Offset.offset(1e-9));
        assertThat(report(Map.of(9, 1.0)).sameWindowsAs(longBacklog)).isEmpty();
    }

    @Test
    void theAverageCarriesItsStandardError() {
        // 1000, 2000, 3000, 4000: sample standard deviation 1290.99, ÷ √4 → 645.50
        PolicyReport r = report(Map.of(1, 1000.0, 2, 2000.0, 3, 3000.0, 4, 4000.0));
        assertThat(r.serviceDiffStdErr()).isCloseTo(645.497, Offset.offset(1e-3));
        assertThat(r.toJson().get("avg_service_diff_stderr").asDouble()).isEqualTo(645.5);
        assertThat(report(Map.of(1, 5.0)).serviceDiffStdErr()).as("one window has no spread to measure").isZero();
    }

    @Test
    void theJsonNamesEveryOtherPolicyThatSharesAWindow() {
        PolicyReport a = report(Map.of(1, 10.0, 2, 20.0));
        PolicyReport b = report(Map.of(2, 40.0));
        PolicyReport c = report(Map.of(7, 5.0));
        Map<String, PolicyReport> all = new LinkedHashMap<>();
        all.put("a", a);
        all.put("b", b);
        all.put("c", c);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        a.addSameWindows(json, all);
        ObjectNode same = (ObjectNode) json.get("service_diff_same_windows");
        assertThat(same.has("a")).as("not compared with itself").isFalse();
        assertThat(same.has("c")).as("no window in common").isFalse();
        assertThat(same.get("b").get("windows").asInt()).isEqualTo(1);
        assertThat(same.get("b").get("this").asDouble()).isEqualTo(20.0);
        assertThat(same.get("b").get("other").asDouble()).isEqualTo(40.0);
    }
}
