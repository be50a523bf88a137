package com.yilian.agents.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.knowledge.Condition;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which conditions belong in a clinician's differential for this patient: one logistic regression per condition
 * over the answers so far (yes, no, or the values given; unasked questions contribute nothing), age band, sex and
 * the diagnosis posterior. Learned by {@link MembershipTrainer}.
 */
public final class MembershipModel {

    private final List<Condition> conditions;
    private final Map<String, Integer> answerIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final int ageBase, sexIndex, biasIndex, posteriorBase;
    /** {@code [feature][condition]}. */
    final double[][] weights;

    MembershipModel(KnowledgeBase kb) {
        conditions = kb.conditions();
        for (Evidence e : kb.evidences()) {
            if (e.type() == EvidenceType.BINARY) { add(e.code() + "+"); add(e.code() + "-"); }
            else for (String v : e.values()) add(e.code() + "=" + v);
        }
        ageBase = names.size();
        for (int a = 0; a < AgeBands.COUNT; a++) names.add("age:" + a);
        sexIndex = names.size();
        names.add("sex:M");
        biasIndex = names.size();
        names.add("bias");
        posteriorBase = names.size();
        for (Condition c : conditions) names.add("p:" + c.id());
        weights = new double[names.size()][conditions.size()];
    }

    private void add(String name) {
        answerIndex.put(name, names.size());
        names.add(name);
    }

    int featureCount() { return names.size(); }

    int conditionCount() { return conditions.size(); }

    /** A patient's features: indices and values (sparse). */
    record Features(int[] index, double[] value) {}

    Features features(PatientState state, double[] posterior) {
        List<Integer> idx = new ArrayList<>();
        state.answers().forEach((code, a) -> {
            if (a.values().isEmpty()) idx.add(answerIndex.get(code + (a.positive() ? "+" : "-")));
            else for (String v : a.values()) {
                Integer i = answerIndex.get(code + "=" + v);
                if (i != null) idx.add(i);
            }
        });
        idx.add(ageBase + AgeBands.of(state.age()));
        if (state.sex() == Sex.M) idx.add(sexIndex);
        idx.add(biasIndex);
        int n = idx.size();
        int[] index = new int[n + posterior.length];
        double[] value = new double[n + posterior.length];
        for (int i = 0; i < n; i++) { index[i] = idx.get(i); value[i] = 1; }
        for (int c = 0; c < posterior.length; c++) { index[n + c] = posteriorBase + c; value[n + c] = posterior[c]; }
        return new Features(index, value);
    }

    /** Probability that each condition belongs in the differential. */
    double[] predict(PatientState state, double[] posterior) {
        return predict(features(state, posterior));
    }

    double[] predict(Features f) {
        double[] z = new double[conditions.size()];
        for (int k = 0; k < f.index().length; k++) {
            double[] w = weights[f.index()[k]];
            double v = f.value()[k];
            for (int c = 0; c < z.length; c++) z[c] += v * w[c];
        }
        for (int c = 0; c < z.length; c++) z[c] = 1 / (1 + Math.exp(-z[c]));
        return z;
    }

    /** Weights as JSON: non-zero rows only, by feature name. */
    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        for (Condition c : conditions) root.withArray("conditions").add(c.id());
        ObjectNode w = root.putObject("weights");
        for (int f = 0; f < names.size(); f++) {
            boolean zero = true;
            for (double x : weights[f]) if (Math.abs(x) >= 5e-6) { zero = false; break; }
            if (zero) continue;
            var row = w.putArray(names.get(f));
            for (double x : weights[f]) row.add(Math.round(x * 1e5) / 1e5);
        }
        return root;
    }

    public static MembershipModel fromJson(KnowledgeBase kb, JsonNode root) {
        MembershipModel m = new MembershipModel(kb);
        List<String> order = new ArrayList<>();
        root.path("conditions").forEach(c -> order.add(c.asText()));
        if (!order.equals(kb.conditions().stream().map(Condition::id).toList()))
            throw new IllegalArgumentException("membership weights were fitted for other conditions");
        Map<String, Integer> byName = new HashMap<>();
        for (int f = 0; f < m.names.size(); f++) byName.put(m.names.get(f), f);
        root.path("weights").properties().forEach(e -> {
            Integer f = byName.get(e.getKey());
            if (f == null) throw new IllegalArgumentException("unknown membership feature " + e.getKey());
            for (int c = 0; c < m.conditions.size(); c++) m.weights[f][c] = e.getValue().path(c).asDouble();
        });
        return m;
    }
}
