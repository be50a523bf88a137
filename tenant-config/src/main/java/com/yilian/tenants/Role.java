package com.yilian.tenants;

import java.util.Optional;

/** What a person or an API key may do in the hub. */
public enum Role {
    CLINICIAN, CLINICAL_LEAD, IT_ADMIN;

    /** The spelling used in the YAML file, e.g. `it-admin`. */
    public String yamlName() {
        return YamlNames.of(this);
    }

    public static Optional<Role> fromYaml(String s) {
        return YamlNames.find(Role.class, s);
    }
}
