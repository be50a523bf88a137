package com.yilian.scheduler.gateway;

import com.yilian.scheduler.Priority;
import com.yilian.tenants.DataClass;
import io.vertx.core.MultiMap;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The data class and priority a call declares in its headers. An absent data class counts as PHI: a caller that
 * forgets the header must not send patient data to a remote API by accident.
 */
record CallerHeaders(DataClass dataClass, Priority priority) {
    static final String DATA_CLASS = "X-Yilian-Data-Class";
    static final String PRIORITY = "X-Yilian-Priority";

    /** Either the parsed headers, or a message that names the bad header and the allowed values. */
    record Parsed(CallerHeaders headers, String problem) {
    }

    static Parsed parse(MultiMap headers) {
        String dc = headers.get(DATA_CLASS);
        DataClass dataClass = dc == null ? DataClass.PHI : DataClass.fromYaml(dc.trim()).orElse(null);
        if (dataClass == null) {
            return new Parsed(null, DATA_CLASS + " must be one of " + allowed(DataClass.values(), true)
                    + ", not '" + dc + "'");
        }
        String pr = headers.get(PRIORITY);
        Priority priority = pr == null ? Priority.STANDARD : Priority.fromWire(pr.trim()).orElse(null);
        if (priority == null) {
            return new Parsed(null, PRIORITY + " must be one of " + allowed(Priority.values(), false)
                    + ", not '" + pr + "'");
        }
        return new Parsed(new CallerHeaders(dataClass, priority), null);
    }

    private static String allowed(Enum<?>[] values, boolean dataClass) {
        return Arrays.stream(values)
                .map(v -> dataClass ? ((DataClass) v).yamlName() : ((Priority) v).wireName())
                .collect(Collectors.joining("|"));
    }
}
