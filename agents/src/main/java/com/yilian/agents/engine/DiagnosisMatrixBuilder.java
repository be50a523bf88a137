package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the rows of the diagnosis matrix from the differential and the likelihoods. */
final class DiagnosisMatrixBuilder {

    /** Rows: candidates above this probability or in the plausible differential, at most {@link #MAX_ROWS}. */
    static final double MIN_PROBABILITY = 0.01, MIN_PLAUSIBILITY = Differential.PLAUSIBLE;
    static final int MAX_ROWS = 10, MAX_FINDINGS = 5;
    /** A finding the condition presents at least this often is "expected". */
    static final double EXPECTED = 0.5;

    private final KnowledgeBase kb;
    private final LikelihoodModel model;

    DiagnosisMatrixBuilder(KnowledgeBase kb, LikelihoodModel model) {
        this.kb = kb;
        this.model = model;
    }

    List<MatrixRow> rows(PatientState state, Differential d, double[] p) {
        List<MatrixRow> rows = new ArrayList<>();
        for (Candidate c : d.candidates()) {
            if (rows.size() == MAX_ROWS) break;
            if (c.probability() < MIN_PROBABILITY && c.plausibility() < MIN_PLAUSIBILITY && !rows.isEmpty()) continue;
            int ci = model.conditions().indexOf(kb.condition(c.conditionId()));
            rows.add(new MatrixRow(c.conditionId(), c.icd10(), c.name(), c.probability(), c.plausibility(),
                    c.severity(), c.redFlag(), supporting(state, ci, p), opposing(state, ci), missing(state, ci)));
        }
        return rows;
    }

    /** Positive answers ordered by how much better this condition explains them than the average candidate. */
    private List<Finding> supporting(PatientState state, int c, double[] p) {
        List<Finding> out = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        state.answers().forEach((code, a) -> {
            if (!a.positive()) return;
            double mine = positive(code, c), avg = 0;
            for (int k = 0; k < p.length; k++) avg += p[k] * positive(code, k);
            if (mine <= avg || !kb.condition(model.conditions().get(c).id()).canPresent(code)) return;
            out.add(new Finding(code, kb.evidence(code).term(), mine));
            ratio.add(mine / Math.max(avg, 1e-9));
        });
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble(i -> -ratio.get(i)));
        return order.stream().limit(MAX_FINDINGS).map(out::get).toList();
    }

    private List<Finding> opposing(PatientState state, int c) {
        return expected(c).stream().filter(f -> state.asked(f.evidenceCode()) && !state.isPositive(f.evidenceCode()))
                .limit(MAX_FINDINGS).toList();
    }

    private List<Finding> missing(PatientState state, int c) {
        return expected(c).stream().filter(f -> !state.asked(f.evidenceCode()))
                .filter(f -> { Evidence e = kb.evidence(f.evidenceCode()); return !e.isFollowUp() || state.isPositive(e.parent()); })
                .limit(MAX_FINDINGS).toList();
    }

    /** Findings this condition presents in at least half its patients, most typical first. */
    private List<Finding> expected(int c) {
        List<Finding> out = new ArrayList<>();
        for (String code : model.conditions().get(c).evidences()) {
            double q = positive(code, c);
            if (q >= EXPECTED) out.add(new Finding(code, kb.evidence(code).term(), q));
        }
        out.sort(Comparator.comparingDouble(Finding::expected).reversed().thenComparing(Finding::evidenceCode));
        return out;
    }

    /** Probability that condition c gives a positive answer (yes, or a value other than the default). */
    private double positive(String code, int c) {
        LikelihoodModel.Table t = model.table(code);
        Evidence e = t.evidence();
        if (e.type() == EvidenceType.BINARY) return t.p()[0][c];
        Integer d = t.valueIndex().get(e.defaultValue());
        return d == null ? 1 : 1 - t.p()[d][c];
    }

    static Text escalation(List<RedFlagAlert> flags) {
        String zh = String.join("；", flags.stream().map(f -> f.text().zh()).toList());
        String en = String.join("; ", flags.stream().map(f -> f.text().en()).toList());
        return new Text("存在危险信号，请立即评估并考虑急诊或上转：" + zh,
                "Red flag: assess now and consider emergency care or up-referral: " + en);
    }
}
