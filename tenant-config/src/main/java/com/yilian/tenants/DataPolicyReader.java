package com.yilian.tenants;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a tenant's {@code dataPolicy}: for each data class, the pools that may receive it. */
final class DataPolicyReader {
    static final List<String> KEYS = YamlNames.all(DataClass.class);

    private final Problems problems;
    private final Map<String, ModelPool> pools;

    /** @param pools the consortium's pools by id, to check that every pool named exists */
    DataPolicyReader(Problems problems, Map<String, ModelPool> pools) {
        this.problems = problems;
        this.pools = pools;
    }

    DataPolicy read(YamlMap policy) {
        Map<DataClass, List<String>> allowed = new EnumMap<>(DataClass.class);
        for (DataClass dataClass : DataClass.values()) {
            if (policy.has(dataClass.yamlName())) {
                allowed.put(dataClass, poolIds(policy, dataClass));
            }
        }
        return new DataPolicy(allowed);
    }

    private List<String> poolIds(YamlMap policy, DataClass dataClass) {
        List<String> ids = new ArrayList<>();
        for (Located<String> id : policy.texts(dataClass.yamlName())) {
            ModelPool pool = pools.get(id.value());
            if (pool == null) {
                problems.at(id.path(), pools.isEmpty()
                        ? "unknown model pool `" + id.value() + "`: no pools are defined under modelPools"
                        : Suggest.unknown("model pool", id.value(), pools.keySet(), "Pools defined under modelPools"));
            } else if (!pool.mayReceive(dataClass)) {
                problems.at(id.path(), "PHI must stay on the consortium's own GPUs: pool `" + pool.id()
                        + "` is remote; list only local pools under phi");
            } else if (ids.contains(id.value())) {
                problems.at(id.path(), "`" + id.value() + "` is listed twice");
            } else {
                ids.add(id.value());
            }
        }
        return ids;
    }
}
