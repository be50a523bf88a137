package com.yilian.tenants;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Immutable copies for the records. Enum sets and maps keep declaration order, so a consortium prints
 * and compares the same way every time; null means "none" because a file that is still being read
 * may lack a field (a consortium with problems is never handed out).
 */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> items) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (items != null) {
            set.addAll(items);
        }
        return Collections.unmodifiableSet(set);
    }

    static <K extends Enum<K>, V> Map<K, List<V>> enumMapOfLists(Class<K> type, Map<K, List<V>> map) {
        EnumMap<K, List<V>> copy = new EnumMap<>(type);
        if (map != null) {
            map.forEach((k, v) -> copy.put(k, list(v)));
        }
        return Collections.unmodifiableMap(copy);
    }
}
