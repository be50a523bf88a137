package com.yilian.agents.llm.routing;

import java.util.List;

/**
 * Which endpoint serves which calls. Each list holds values or {@code "*"} (any); an empty or null list means any.
 *
 * @param tenants     tenant ids
 * @param agents      agent names (see {@code AgentNames})
 * @param dataClasses data classes of the step's inputs: {@code phi}, {@code deidentified}, {@code public}
 * @param endpoint    id of an {@link EndpointConfig}
 */
public record RouteConfig(List<String> tenants, List<String> agents, List<String> dataClasses, String endpoint) {

    public RouteConfig {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
        agents = agents == null ? List.of() : List.copyOf(agents);
        dataClasses = dataClasses == null ? List.of() : List.copyOf(dataClasses);
    }

    boolean matches(ModelCall call) {
        return matches(tenants, call.tenantId()) && matches(agents, call.agent()) && matches(dataClasses, call.dataClass());
    }

    private static boolean matches(List<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains("*") || allowed.contains(value);
    }
}
