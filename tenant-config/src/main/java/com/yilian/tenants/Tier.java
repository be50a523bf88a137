package com.yilian.tenants;

import java.util.Optional;

/** The two kinds of hospital in a consortium: one tertiary hospital and the community hospitals it supports. */
public enum Tier {
    TERTIARY, COMMUNITY;

    /** The spelling used in the YAML file, e.g. `community`. */
    public String yamlName() {
        return YamlNames.of(this);
    }

    public static Optional<Tier> fromYaml(String s) {
        return YamlNames.find(Tier.class, s);
    }
}
