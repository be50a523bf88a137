package com.yilian.agents.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.knowledge.Condition;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each finding was seen with each condition in a set of labelled patients. The likelihoods are derived
 * from these counts, so the shipped file holds counts, and a cross-validation fold simply counts other patients.
 */
public final class CaseCounts {

    /** Key of the "yes" count of a yes/no evidence. */
    static final String YES = "yes";

    private final KnowledgeBase kb;
    private final List<Condition> conditions;
    private final Map<String, Integer> index = new HashMap<>();
    final double[] n;
    final double[][] sex;
    final double[][] age;
    /** evidence -> per condition: patients to whom the question applied (its parent, if any, answered yes). */
    final Map<String, double[]> asked = new HashMap<>();
    /** evidence -> value -> per condition: patients who gave that answer. */
    final Map<String, Map<String, double[]>> hits = new HashMap<>();
    private double total;

    public CaseCounts(KnowledgeBase kb) {
        this.kb = kb;
        this.conditions = kb.conditions();
        for (int i = 0; i < conditions.size(); i++) index.put(conditions.get(i).id(), i);
        n = new double[conditions.size()];
        sex = new double[conditions.size()][2];
        age = new double[conditions.size()][AgeBands.COUNT];
    }

    /** Counts one patient whose complete answers are known (absent evidences count as no / default). */
    public void add(String conditionId, PatientState complete) {
        add(conditionId, complete, 1.0);
    }

    /**
     * Counts a patient with a weight; the differential model counts each patient once for every condition of its
     * ground-truth differential, weighted by that condition's share.
     */
    public void add(String conditionId, PatientState complete, double weight) {
        int c = index(conditionId);
        total += weight;
        n[c] += weight;
        sex[c][complete.sex().ordinal()] += weight;
        age[c][AgeBands.of(complete.age())] += weight;
        for (Evidence e : kb.evidences()) {
            if (e.isFollowUp() && !complete.isPositive(e.parent())) continue;
            asked.computeIfAbsent(e.code(), k -> new double[n.length])[c] += weight;
            Answer a = complete.answers().get(e.code());
            if (e.type() == EvidenceType.BINARY) {
                if (a != null && a.positive()) hit(e.code(), YES, c, weight);
            } else {
                for (String v : a == null ? List.of(e.defaultValue()) : a.values()) hit(e.code(), v, c, weight);
            }
        }
    }

    public double total() { return total; }

    private void hit(String code, String value, int c, double weight) {
        hits.computeIfAbsent(code, k -> new HashMap<>()).computeIfAbsent(value, k -> new double[n.length])[c] += weight;
    }

    int index(String conditionId) {
        Integer c = index.get(conditionId);
        if (c == null) throw new IllegalArgumentException("unknown condition: " + conditionId);
        return c;
    }

    double asked(String code, int c) {
        double[] a = asked.get(code);
        if (a != null) return a[c];
        // Not stored: a top-level question applied to every patient of the condition.
        return kb.evidence(code).isFollowUp() ? 0 : n[c];
    }

    double hits(String code, String value, int c) {
        Map<String, double[]> m = hits.get(code);
        double[] h = m == null ? null : m.get(value);
        return h == null ? 0 : h[c];
    }

    /** The counts as JSON (the format of the shipped {@code likelihoods.json}). */
    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("total", round(total));
        ObjectNode cs = root.putObject("conditions");
        for (int c = 0; c < n.length; c++) {
            ObjectNode o = cs.putObject(conditions.get(c).id());
            o.put("n", round(n[c]));
            for (double s : sex[c]) o.withArray("sex").add(round(s));
            for (double a : age[c]) o.withArray("age").add(round(a));
            ObjectNode ev = o.putObject("evidence");
            for (Evidence e : kb.evidences()) {
                double k = asked(e.code(), c);
                if (k == 0) continue;
                ObjectNode eo = json.createObjectNode();
                Map<String, double[]> m = hits.getOrDefault(e.code(), Map.of());
                int cc = c;
                new TreeMap<>(m).forEach((v, h) -> { if (h[cc] > 0) eo.put(v, round(h[cc])); });
                if (eo.isEmpty()) continue;
                eo.put("asked", round(k));
                ev.set(e.code(), eo);
            }
        }
        return root;
    }

    /** Reads counts written by {@link #toJson}; evidences a condition never showed are implied by {@code n}. */
    public static CaseCounts fromJson(KnowledgeBase kb, JsonNode root) {
        CaseCounts out = new CaseCounts(kb);
        root.path("conditions").properties().forEach(entry -> {
            int c = out.index(entry.getKey());
            JsonNode o = entry.getValue();
            out.n[c] = o.path("n").asDouble();
            for (int s = 0; s < 2; s++) out.sex[c][s] = o.path("sex").path(s).asDouble();
            for (int a = 0; a < AgeBands.COUNT; a++) out.age[c][a] = o.path("age").path(a).asDouble();
            o.path("evidence").properties().forEach(ev -> ev.getValue().properties().forEach(v -> {
                if (v.getKey().equals("asked")) out.asked.computeIfAbsent(ev.getKey(), k -> new double[out.n.length])[c] = v.getValue().asDouble();
                else out.hits.computeIfAbsent(ev.getKey(), k -> new HashMap<>())
                        .computeIfAbsent(v.getKey(), k -> new double[out.n.length])[c] = v.getValue().asDouble();
            }));
        });
        out.total = root.path("total").asDouble();
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }
}
