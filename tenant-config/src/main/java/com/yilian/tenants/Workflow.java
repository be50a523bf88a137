package com.yilian.tenants;

import java.util.Optional;

/** The hosted clinical workflows a tenant may run. */
public enum Workflow {
    INTAKE, EXAM_RECOMMENDATION, DIAGNOSIS_MATRIX, FOLLOW_UP, REFERRAL;

    /** The spelling used in the YAML file, e.g. `referral`. */
    public String yamlName() {
        return YamlNames.of(this);
    }

    public static Optional<Workflow> fromYaml(String s) {
        return YamlNames.find(Workflow.class, s);
    }
}
