package com.yilian.helm;

import java.util.List;
import java.util.Map;

/** Reading parsed YAML by dotted paths ("spec.template.spec"), failing with the path when a step is missing. */
final class Yamls {

    private Yamls() {
    }

    static Object at(Object root, String path) {
        Object current = root;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(step)) {
                throw new AssertionError("no '" + step + "' on the way to '" + path + "' in " + root);
            }
            current = map.get(step);
        }
        return current;
    }

    static boolean has(Object root, String path) {
        Object current = root;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(step)) {
                return false;
            }
            current = map.get(step);
        }
        return true;
    }

    static String string(Object root, String path) {
        return String.valueOf(at(root, path));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (!(node instanceof Map<?, ?>)) {
            throw new AssertionError("expected a mapping, got " + node);
        }
        return (Map<String, Object>) node;
    }

    static Map<String, Object> map(Object root, String path) {
        return map(at(root, path));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object root, String path) {
        Object node = at(root, path);
        if (!(node instanceof List<?>)) {
            throw new AssertionError("expected a list at '" + path + "', got " + node);
        }
        return (List<Object>) node;
    }
}
