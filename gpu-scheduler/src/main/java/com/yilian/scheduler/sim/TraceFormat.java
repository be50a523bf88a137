package com.yilian.scheduler.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.scheduler.Priority;
import com.yilian.tenants.DataClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trace files: JSON lines of {@code {"t_ms", "tenant", "priority", "data_class", "prompt_tokens", "output_tokens"}}.
 * A bad line is skipped with a message that names the line, so one typo does not void a day's replay.
 */
public final class TraceFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRIORITIES = Arrays.stream(Priority.values()).map(Priority::wireName)
            .collect(Collectors.joining(", "));
    private static final String CLASSES = Arrays.stream(DataClass.values()).map(DataClass::yamlName)
            .collect(Collectors.joining(", "));

    private TraceFormat() {
    }

    /**
     * @param fileName how messages name the file
     * @param tenants  the tenant ids a line may name; a line naming another is skipped
     */
    public static Trace read(String fileName, BufferedReader in, Set<String> tenants) throws IOException {
        List<TraceRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(parse(line, tenants));
            } catch (IllegalArgumentException e) {
                problems.add(fileName + ":" + number + ": " + e.getMessage());
            }
        }
        records.sort(Comparator.comparingLong(TraceRecord::tMs)); // stable: equal times keep file order
        return new Trace(records, problems);
    }

    static TraceRecord parse(String line, Set<String> tenants) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        long t = integer(node, "t_ms", 0);
        String tenant = text(node, "tenant");
        if (!tenants.contains(tenant)) {
            throw new IllegalArgumentException("unknown tenant \"" + tenant + "\"; the consortium has "
                    + String.join(", ", tenants.stream().sorted().toList()));
        }
        String p = text(node, "priority");
        Priority priority = Priority.fromWire(p).orElseThrow(() -> new IllegalArgumentException(
                "priority \"" + p + "\" is not one of " + PRIORITIES));
        String c = text(node, "data_class");
        DataClass dataClass = DataClass.fromYaml(c).orElseThrow(() -> new IllegalArgumentException(
                "data_class \"" + c + "\" is not one of " + CLASSES));
        int prompt = (int) integer(node, "prompt_tokens", 1);
        int output = (int) integer(node, "output_tokens", 1);
        return new TraceRecord(t, tenant, priority, dataClass, prompt, output);
    }

    public static void write(List<TraceRecord> records, Writer out) throws IOException {
        for (TraceRecord r : records) {
            ObjectNode o = JSON.createObjectNode();
            o.put("t_ms", r.tMs());
            o.put("tenant", r.tenant());
            o.put("priority", r.priority().wireName());
            o.put("data_class", r.dataClass().yamlName());
            o.put("prompt_tokens", r.promptTokens());
            o.put("output_tokens", r.outputTokens());
            out.write(JSON.writeValueAsString(o));
            out.write('\n');
        }
    }

    private static long integer(JsonNode node, String field, long min) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() && !field.equals("t_ms") || !v.canConvertToLong()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number, not " + v);
        }
        if (v.asLong() < min) {
            throw new IllegalArgumentException("\"" + field + "\" must be at least " + min + ", not " + v);
        }
        return v.asLong();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string, not " + v);
        }
        return v.asText();
    }
}
