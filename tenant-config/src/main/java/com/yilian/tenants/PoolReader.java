package com.yilian.tenants;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one entry of {@code modelPools}. */
final class PoolReader {
    static final List<String> KEYS = List.of("id", "kind", "endpoint", "model", "replicas", "maxConcurrentSequences",
            "tokensPerSecond", "requestsPerMinute", "inputPricePerMillionTokens", "outputPricePerMillionTokens",
            "apiKeyEnv");

    private final Problems problems;

    PoolReader(Problems problems) {
        this.problems = problems;
    }

    Optional<ModelPool> read(Located<Node> item) {
        return YamlMap.of(item.value(), item.path(), problems, KEYS).map(this::read);
    }

    private ModelPool read(YamlMap m) {
        m.require("id", "kind", "endpoint", "model");
        String id = m.checkedText("id", Formats::id).orElse(null);
        PoolKind kind = m.choice("kind", PoolKind.class, "pool kind").orElse(null);
        String endpoint = m.checkedText("endpoint", Formats::httpUrl).orElse(null);
        String model = m.text("model").orElse(null);
        boolean local = kind == PoolKind.LOCAL;
        if (local) {
            // The scheduler sizes a local pool from these; without them it cannot admit a single request.
            m.requireBecause("required for a local pool", "replicas", "maxConcurrentSequences", "tokensPerSecond");
        }
        if (kind == PoolKind.REMOTE && m.get("replicas").isPresent()) {
            problems.at(m.path("replicas"), "applies only to local pools: the hub scales its own GPU servers,"
                    + " a remote API scales itself; remove it");
        }
        int minimum = local ? 1 : 0;
        int replicas = count(m, "replicas", minimum);
        int maxConcurrentSequences = count(m, "maxConcurrentSequences", minimum);
        int tokensPerSecond = count(m, "tokensPerSecond", minimum);
        int requestsPerMinute = count(m, "requestsPerMinute", 0);
        double inputPrice = price(m, "inputPricePerMillionTokens");
        double outputPrice = price(m, "outputPricePerMillionTokens");
        String apiKeyEnv = m.checkedText("apiKeyEnv", Formats::envVar).orElse(null);
        return new ModelPool(id, kind, endpoint, model, replicas, maxConcurrentSequences, tokensPerSecond,
                requestsPerMinute, inputPrice, outputPrice, apiKeyEnv);
    }

    private int count(YamlMap m, String key, int minimum) {
        OptionalLong value = m.whole(key);
        if (value.isEmpty()) {
            return 0;
        }
        long n = value.getAsLong();
        if (n < minimum) {
            String unlimited = key.equals("requestsPerMinute") ? " (0 means unlimited)" : "";
            problems.at(m.path(key), minimum == 1 ? "must be at least 1 for a local pool, was " + n
                    : "must not be negative, was " + n + unlimited);
        } else if (n > Integer.MAX_VALUE) {
            problems.at(m.path(key), "must be at most " + Integer.MAX_VALUE + ", was " + n);
        }
        return (int) Math.max(0, Math.min(n, Integer.MAX_VALUE));
    }

    private double price(YamlMap m, String key) {
        OptionalDouble value = m.number(key);
        if (value.isPresent() && value.getAsDouble() < 0) {
            problems.at(m.path(key), "must not be negative (CNY per million tokens), was "
                    + Scalars.format(value.getAsDouble()));
        }
        return value.orElse(0);
    }
}
