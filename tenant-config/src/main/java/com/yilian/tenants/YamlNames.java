package com.yilian.tenants;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The spelling of enum constants in the YAML file: lower case with '-', e.g. CLINICAL_LEAD is clinical-lead. */
final class YamlNames {
    private YamlNames() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Exact match only: near misses are for the validator to point out, not to guess at. */
    static <E extends Enum<E>> Optional<E> find(Class<E> type, String yamlName) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equals(yamlName)).findFirst();
    }

    static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(YamlNames::of).toList();
    }
}
