package com.yilian.agents.llm.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The endpoints and the routes between them, bound by the hub from its settings. The first matching route wins; a
 * call no route matches has no model and its step runs on the knowledge engine alone.
 */
public record RoutingConfig(List<EndpointConfig> endpoints, List<RouteConfig> routes) {

    static final Set<String> DATA_CLASSES = Set.of("phi", "deidentified", "public");
    static final Set<String> PRIORITIES = Set.of("interactive", "standard", "batch");

    public RoutingConfig {
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    public static RoutingConfig none() {
        return new RoutingConfig(List.of(), List.of());
    }

    /** Checks the configuration up front; every problem is named by its place, e.g. {@code routes[1].endpoint}. */
    public RoutingConfig validated() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < endpoints.size(); i++) {
            EndpointConfig e = endpoints.get(i);
            String at = "endpoints[" + i + "]";
            if (blank(e.id())) problems.add(at + ".id: required");
            else if (!ids.add(e.id())) problems.add(at + ".id: '" + e.id() + "' is used by an earlier endpoint");
            if (blank(e.baseUrl()) || !e.baseUrl().matches("https?://.+"))
                problems.add(at + ".baseUrl: an http(s) URL is required, got '" + e.baseUrl() + "'");
            if (blank(e.model())) problems.add(at + ".model: required");
            if (e.timeout().isNegative() || e.timeout().isZero()) problems.add(at + ".timeout: must be positive");
            if (e.maxRetries() < 0) problems.add(at + ".maxRetries: must be 0 or more");
        }
        for (int i = 0; i < routes.size(); i++) {
            RouteConfig r = routes.get(i);
            String at = "routes[" + i + "]";
            if (blank(r.endpoint())) problems.add(at + ".endpoint: required");
            else if (!ids.contains(r.endpoint()))
                problems.add(at + ".endpoint: unknown endpoint '" + r.endpoint() + "' (known: " + String.join(", ", ids) + ")");
            for (String d : r.dataClasses()) {
                if (!d.equals("*") && !DATA_CLASSES.contains(d))
                    problems.add(at + ".dataClasses: unknown data class '" + d + "' (allowed: phi, deidentified, public, *)");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid model routing configuration: " + String.join("; ", problems));
        }
        return this;
    }

    /** The endpoint the first matching route names, if any. */
    public Optional<EndpointConfig> endpointFor(ModelCall call) {
        Map<String, EndpointConfig> byId = endpoints.stream()
                .collect(Collectors.toMap(EndpointConfig::id, Function.identity(), (a, b) -> a));
        return routes.stream().filter(r -> r.matches(call)).findFirst().map(r -> byId.get(r.endpoint()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
