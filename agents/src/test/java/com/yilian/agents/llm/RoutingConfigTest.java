package com.yilian.agents.llm;

import com.yilian.agents.llm.routing.EndpointConfig;
import com.yilian.agents.llm.routing.ModelCall;
import com.yilian.agents.llm.routing.RouteConfig;
import com.yilian.agents.llm.routing.RoutingConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingConfigTest {

    private static final EndpointConfig LOCAL = new EndpointConfig("scheduler", "http://scheduler:8090/v1", "qwen", null,
            false, null, null, null);
    private static final EndpointConfig REMOTE = new EndpointConfig("remote", "https://api.example.com/v1", "big", "k",
            true, null, null, null);

    @Test
    void firstMatchingRouteWinsAndNoMatchMeansNoModel() {
        RoutingConfig c = new RoutingConfig(List.of(LOCAL, REMOTE), List.of(
                new RouteConfig(List.of("tertiary"), List.of("referral-summarizer"), List.of("*"), "remote"),
                new RouteConfig(List.of("tertiary", "community-a"), List.of("*"), List.of("phi", "deidentified"), "scheduler")))
                .validated();
        assertThat(c.endpointFor(call("tertiary", "referral-summarizer", "phi"))).contains(REMOTE);
        assertThat(c.endpointFor(call("tertiary", "diagnosis-matrix", "phi"))).contains(LOCAL);
        assertThat(c.endpointFor(call("community-a", "referral-summarizer", "phi"))).contains(LOCAL);
        assertThat(c.endpointFor(call("community-a", "diagnosis-matrix", "public"))).isEmpty();
        assertThat(c.endpointFor(call("community-b", "diagnosis-matrix", "phi"))).isEmpty();
    }

    @Test
    void problemsAreNamedByTheirPlace() {
        RoutingConfig bad = new RoutingConfig(List.of(LOCAL, new EndpointConfig("scheduler", "ftp://x", "", null, false,
                null, -1, null)), List.of(
                new RouteConfig(null, null, null, "scheduler"),
                new RouteConfig(null, null, List.of("secret"), "gpu-pool-9")));
        assertThatThrownBy(bad::validated).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoints[1].id: 'scheduler' is used by an earlier endpoint")
                .hasMessageContaining("endpoints[1].baseUrl")
                .hasMessageContaining("endpoints[1].model: required")
                .hasMessageContaining("endpoints[1].maxRetries")
                .hasMessageContaining("routes[1].endpoint: unknown endpoint 'gpu-pool-9'")
                .hasMessageContaining("routes[1].dataClasses: unknown data class 'secret'");
    }

    @Test
    void tenantKeysOverrideTheEndpointKey() {
        EndpointConfig e = new EndpointConfig("s", "http://s/v1", "m", "shared", false, null, null,
                java.util.Map.of("community-a", "key-a"));
        assertThat(e.apiKeyFor("community-a")).isEqualTo("key-a");
        assertThat(e.apiKeyFor("community-b")).isEqualTo("shared");
    }

    private static ModelCall call(String tenant, String agent, String dataClass) {
        return new ModelCall(tenant, agent, "enc", "standard", dataClass);
    }
}
