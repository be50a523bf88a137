package com.yilian.tenants;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The spelling of enum constants in the YAML file: lower case with '-', e.g. CLINICAL_LEAD is clinical-lead. */
final class YamlNames {
    private YamlNames() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Each enum's constants by YAML name, built once: the gateway looks a data class up on every call. */
    private static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(c -> of((Enum<?>) c), c -> c));
        }
    };

    /** Exact match only: near misses are for the validator to point out, not to guess at. */
    static <E extends Enum<E>> Optional<E> find(Class<E> type, String yamlName) {
        return yamlName == null ? Optional.empty() : Optional.ofNullable(type.cast(BY_NAME.get(type).get(yamlName)));
    }

    static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(YamlNames::of).toList();
    }
}
