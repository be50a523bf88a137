package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Condition;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Naive Bayes over the knowledge base: P(condition), P(age band | condition), P(sex | condition) and, for every
 * question, P(answer | condition). Each likelihood is the knowledge base's prior (a condition presents only the
 * findings it lists) updated with counts from labelled patients; with no patients it is the prior alone.
 */
public final class LikelihoodModel {

    /** Per question: the probability table in value order ({@code [value][condition]}). */
    record Table(Evidence evidence, String[] values, Map<String, Integer> valueIndex,
                 double[][] p, double[][] logP, double[][] logNotP, double[] logAllAbsent,
                 double[][] entropy, double[] categoricalEntropy) {}

    private final List<Condition> conditions;
    private final double[] logPrior;
    private final double[][] logAge;
    private final double[][] logSex;
    private final Map<String, Table> tables = new HashMap<>();
    private final double weight;

    private LikelihoodModel(KnowledgeBase kb, CaseCounts counts, ModelSettings s) {
        conditions = kb.conditions();
        int nc = conditions.size();
        logPrior = new double[nc];
        logAge = new double[nc][AgeBands.COUNT];
        logSex = new double[nc][2];
        weight = s.evidenceWeight();
        for (int c = 0; c < nc; c++) {
            logPrior[c] = Math.log((counts.n[c] + 1.0) / (counts.total() + nc));
            for (int a = 0; a < AgeBands.COUNT; a++)
                logAge[c][a] = Math.log((counts.age[c][a] + 1.0) / (counts.n[c] + AgeBands.COUNT));
            for (int x = 0; x < 2; x++) logSex[c][x] = Math.log((counts.sex[c][x] + 1.0) / (counts.n[c] + 2.0));
        }
        for (Evidence e : kb.evidences()) tables.put(e.code(), table(e, counts, s));
    }

    public static LikelihoodModel fit(KnowledgeBase kb, CaseCounts counts, ModelSettings settings) {
        return new LikelihoodModel(kb, counts, settings);
    }

    /** The knowledge base's prior alone, learned from no patient. */
    public static LikelihoodModel knowledgeOnly(KnowledgeBase kb) {
        return new LikelihoodModel(kb, new CaseCounts(kb), ModelSettings.DEFAULT);
    }

    private Table table(Evidence e, CaseCounts counts, ModelSettings s) {
        boolean binary = e.type() == EvidenceType.BINARY;
        String[] values = binary ? new String[]{CaseCounts.YES} : e.values().toArray(String[]::new);
        Map<String, Integer> valueIndex = new HashMap<>();
        for (int v = 0; v < values.length; v++) valueIndex.put(values[v], v);
        int nc = conditions.size(), nv = values.length;
        double eps = s.epsilon();
        double[][] p = new double[nv][nc];
        for (int c = 0; c < nc; c++) {
            boolean listed = !s.onlyListed() || conditions.get(c).canPresent(e.code());
            double asked = counts.asked(e.code(), c);
            for (int v = 0; v < nv; v++) {
                boolean isDefault = values[v].equals(e.defaultValue());
                double prior = binary ? 0.5 : 1.0 / nv;
                double q;
                if (!listed) q = isDefault ? 1 - eps : eps / nv;
                else q = (counts.hits(e.code(), values[v], c) + s.alpha() * prior) / (asked + s.alpha());
                p[v][c] = Math.min(1 - eps / nv, Math.max(eps / nv, q));
            }
            if (e.type() == EvidenceType.CATEGORICAL) {
                double sum = 0;
                for (int v = 0; v < nv; v++) sum += p[v][c];
                for (int v = 0; v < nv; v++) p[v][c] /= sum;
            }
        }
        double[][] logP = new double[nv][nc], logNotP = new double[nv][nc];
        double[] allAbsent = new double[nc], catEntropy = new double[nc];
        double[][] entropy = new double[nv][nc];
        // Entropies are precomputed so that choosing a question needs no logarithm per condition.
        for (int v = 0; v < nv; v++)
            for (int c = 0; c < nc; c++) {
                logP[v][c] = Math.log(p[v][c]);
                logNotP[v][c] = Math.log1p(-p[v][c]);
                allAbsent[c] += logNotP[v][c];
                entropy[v][c] = -p[v][c] * logP[v][c] - (1 - p[v][c]) * logNotP[v][c];
                catEntropy[c] -= p[v][c] * logP[v][c];
            }
        return new Table(e, values, valueIndex, p, logP, logNotP, allAbsent, entropy, catEntropy);
    }

    public List<Condition> conditions() { return conditions; }

    Table table(String code) {
        Table t = tables.get(code);
        if (t == null) throw new IllegalArgumentException("unknown evidence code: " + code);
        return t;
    }

    /** Unnormalised log posterior of every condition given the state. */
    double[] logPosterior(PatientState state) {
        int nc = conditions.size();
        double[] lp = new double[nc];
        int band = AgeBands.of(state.age()), sx = state.sex().ordinal();
        for (int c = 0; c < nc; c++) lp[c] = logPrior[c] + logAge[c][band] + logSex[c][sx];
        state.answers().forEach((code, answer) -> addLogLikelihood(table(code), answer, lp));
        return lp;
    }

    private void addLogLikelihood(Table t, Answer a, double[] lp) {
        int nc = lp.length;
        switch (t.evidence().type()) {
            case BINARY -> {
                double[] row = a.positive() ? t.logP()[0] : t.logNotP()[0];
                for (int c = 0; c < nc; c++) lp[c] += weight * row[c];
            }
            case CATEGORICAL -> {
                Integer v = t.valueIndex().get(a.values().iterator().next());
                if (v == null) return;
                for (int c = 0; c < nc; c++) lp[c] += weight * t.logP()[v][c];
            }
            case MULTI_CHOICE -> {
                for (int c = 0; c < nc; c++) lp[c] += weight * t.logAllAbsent()[c];
                for (String value : a.values()) {
                    Integer v = t.valueIndex().get(value);
                    if (v == null) continue;
                    for (int c = 0; c < nc; c++) lp[c] += weight * (t.logP()[v][c] - t.logNotP()[v][c]);
                }
            }
        }
    }

    /** Normalised posterior (softmax of the log posterior). */
    double[] posterior(PatientState state) {
        double[] lp = logPosterior(state);
        double max = Double.NEGATIVE_INFINITY;
        for (double x : lp) max = Math.max(max, x);
        double sum = 0;
        for (int c = 0; c < lp.length; c++) sum += (lp[c] = Math.exp(lp[c] - max));
        for (int c = 0; c < lp.length; c++) lp[c] /= sum;
        return lp;
    }
}
