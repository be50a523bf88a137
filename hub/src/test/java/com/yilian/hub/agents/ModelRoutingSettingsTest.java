package com.yilian.hub.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yilian.agents.llm.routing.RoutingConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The hub reads its model endpoints and routes from ordinary settings, and refuses a wrong one by name. */
class ModelRoutingSettingsTest {

    private final AgentsConfiguration configuration = new AgentsConfiguration();

    @Test
    void noSettingsMeansNoModel() {
        assertThat(configuration.modelRouting(new MockEnvironment()).endpoints()).isEmpty();
    }

    @Test
    void endpointsAndRoutesAreBoundFromSettings() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("yilian.models.endpoints[0].id", "scheduler")
                .withProperty("yilian.models.endpoints[0].base-url", "http://scheduler:8090/v1")
                .withProperty("yilian.models.endpoints[0].model", "qwen2.5-14b-instruct")
                .withProperty("yilian.models.endpoints[0].timeout", "90s")
                .withProperty("yilian.models.endpoints[0].tenant-api-keys.nanhu-chc", "key-of-nanhu")
                .withProperty("yilian.models.routes[0].data-classes", "phi,deidentified")
                .withProperty("yilian.models.routes[0].endpoint", "scheduler");

        RoutingConfig config = configuration.modelRouting(env);

        assertThat(config.endpoints()).singleElement().satisfies(e -> {
            assertThat(e.baseUrl()).isEqualTo("http://scheduler:8090/v1");
            assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(90));
            assertThat(e.apiKeyFor("nanhu-chc")).isEqualTo("key-of-nanhu");
        });
        assertThat(config.routes().get(0).dataClasses()).containsExactly("phi", "deidentified");
    }

    @Test
    void aRouteToAnUnknownEndpointStopsTheStartNamingTheSetting() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("yilian.models.endpoints[0].id", "scheduler")
                .withProperty("yilian.models.endpoints[0].base-url", "http://scheduler:8090/v1")
                .withProperty("yilian.models.endpoints[0].model", "qwen")
                .withProperty("yilian.models.routes[0].endpoint", "schedular");

        assertThatThrownBy(() -> configuration.modelRouting(env))
                .hasMessageContaining("routes[0].endpoint").hasMessageContaining("schedular");
    }
}
