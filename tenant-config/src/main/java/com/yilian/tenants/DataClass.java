package com.yilian.tenants;

import java.util.Optional;

/** How sensitive the text of a model call is; it decides which model pools may receive it. */
public enum DataClass {
    PHI, DEIDENTIFIED, PUBLIC;

    /** The spelling used in the YAML file, e.g. `public`. */
    public String yamlName() {
        return YamlNames.of(this);
    }

    public static Optional<DataClass> fromYaml(String s) {
        return YamlNames.find(DataClass.class, s);
    }
}
