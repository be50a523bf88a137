package com.yilian.tenants;

import java.util.List;
import java.util.Map;

/**
 * Which model pools may receive each class of data, in order of preference. A data class that is not listed
 * may go to no pool at all.
 */
public record DataPolicy(Map<DataClass, List<String>> poolsByDataClass) {
    public DataPolicy {
        poolsByDataClass = Copies.enumMapOfLists(DataClass.class, poolsByDataClass);
    }

    /** The ids of the pools allowed for this data class, most preferred first; empty when none is. */
    public List<String> poolsFor(DataClass dataClass) {
        return poolsByDataClass.getOrDefault(dataClass, List.of());
    }
}
