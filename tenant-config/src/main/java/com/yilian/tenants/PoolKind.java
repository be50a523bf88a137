package com.yilian.tenants;

import java.util.Optional;

/** Where a model pool runs: on the consortium's own GPUs, or behind a remote API. Only LOCAL pools may receive PHI. */
public enum PoolKind {
    LOCAL, REMOTE;

    /** The spelling used in the YAML file, e.g. `remote`. */
    public String yamlName() {
        return YamlNames.of(this);
    }

    public static Optional<PoolKind> fromYaml(String s) {
        return YamlNames.find(PoolKind.class, s);
    }
}
