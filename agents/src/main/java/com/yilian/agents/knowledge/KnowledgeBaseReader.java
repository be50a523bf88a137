package com.yilian.agents.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the knowledge base files bundled under {@code com/yilian/agents/knowledge/}. */
final class KnowledgeBaseReader {

    // Files carry "_note" and "source" fields for readers; the records keep what the engine needs.
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private KnowledgeBaseReader() {}

    static KnowledgeBase readBundled() {
        JsonNode meta = read("kb.json");
        JsonNode zh = read("zh.json");
        List<Evidence> evidences = evidences(read("release_evidences.json"), zh);
        List<Condition> conditions = conditions(read("release_conditions.json"), zh);
        List<Exam> exams = JSON.convertValue(read("exams.json").path("exams"),
                JSON.getTypeFactory().constructCollectionType(List.class, Exam.class));
        RedFlags redFlags = JSON.convertValue(read("red_flags.json"), RedFlags.class);
        return new KnowledgeBase(meta.path("version").asText(), meta.path("attribution").asText(),
                conditions, evidences, exams, redFlags);
    }

    private static List<Condition> conditions(JsonNode root, JsonNode zh) {
        List<Condition> out = new ArrayList<>();
        root.properties().forEach(entry -> {
            JsonNode c = entry.getValue();
            Set<String> symptoms = keys(c.path("symptoms"));
            Set<String> antecedents = keys(c.path("antecedents"));
            Set<String> all = new LinkedHashSet<>(symptoms);
            all.addAll(antecedents);
            String en = c.path("cond-name-eng").asText();
            out.add(new Condition(entry.getKey(), c.path("icd10-id").asText().toUpperCase(),
                    Text.of(zh.path("conditions").path(entry.getKey()).asText(null), en),
                    c.path("severity").asInt(), Set.copyOf(symptoms), Set.copyOf(antecedents), Set.copyOf(all)));
        });
        return out;
    }

    private static List<Evidence> evidences(JsonNode root, JsonNode zh) {
        List<Evidence> out = new ArrayList<>();
        root.properties().forEach(entry -> {
            String code = entry.getKey();
            JsonNode e = entry.getValue();
            // Some DDXPlus follow-ups name a parent that is not in the bank: they are then asked on their own.
            String parent = e.path("code_question").asText(code);
            if (parent.equals(code) || !root.has(parent)) parent = null;
            EvidenceType type = EvidenceType.fromCode(e.path("data_type").asText());
            List<String> values = new ArrayList<>();
            e.path("possible-values").forEach(v -> values.add(v.asText()));
            Map<String, Text> valueText = new LinkedHashMap<>();
            e.path("value_meaning").properties().forEach(v -> valueText.put(v.getKey(),
                    Text.of(zh.path("values").path(v.getKey()).asText(null), v.getValue().path("en").asText())));
            JsonNode z = zh.path("evidences").path(code);
            String en = e.path("question_en").asText();
            out.add(new Evidence(code, parent, type, e.path("is_antecedent").asBoolean(),
                    Text.of(z.path("question").asText(null), en), Text.of(z.path("term").asText(null), en),
                    List.copyOf(values), type == EvidenceType.BINARY ? null : e.path("default_value").asText(),
                    Map.copyOf(valueText)));
        });
        return out;
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode read(String name) {
        try (InputStream in = KnowledgeBaseReader.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("knowledge base file missing from the classpath: " + name);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge base file " + name, e);
        }
    }
}
