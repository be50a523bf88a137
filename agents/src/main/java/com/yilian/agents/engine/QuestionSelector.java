package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.List;

/**
 * Chooses the question with the highest expected information gain (mutual information between the answer and the
 * condition under the current posterior). Follow-up questions are candidates only once their parent was answered
 * yes; a parent is credited with what its follow-ups would then reveal, so that "do you have pain?" is asked when
 * the pain's location is what separates the candidates.
 */
final class QuestionSelector {

    /** Conditions below this probability are left out of the computation: they cannot change the choice. */
    private static final double ACTIVE = 1e-4;

    private final KnowledgeBase kb;
    private final LikelihoodModel model;
    private final List<Evidence> evidences;

    QuestionSelector(KnowledgeBase kb, LikelihoodModel model) {
        this.kb = kb;
        this.model = model;
        this.evidences = kb.evidences();
    }

    /** Best question and its gain, or null when no question is left. */
    Scored choose(PatientState state, double[] p) {
        int[] active = active(p);
        double h = entropy(p, active);
        Scored best = null;
        for (Evidence e : evidences) {
            if (state.asked(e.code())) continue;
            if (e.isFollowUp() && !state.isPositive(e.parent())) continue;
            double gain = gain(model.table(e.code()), p, active, h);
            List<Evidence> followUps = kb.followUps(e.code());
            if (!followUps.isEmpty()) gain += unlockValue(e, followUps, p, active);
            if (best == null || gain > best.gain()) best = new Scored(e, gain);
        }
        return best;
    }

    record Scored(Evidence evidence, double gain) {}

    /** Expected gain of the follow-ups a yes would unlock: P(yes) times the best follow-up's gain given yes. */
    private double unlockValue(Evidence parent, List<Evidence> followUps, double[] p, int[] active) {
        double[] yes = model.table(parent.code()).p()[0];
        double[] q = new double[p.length];
        double py = 0;
        for (int c : active) py += (q[c] = p[c] * yes[c]);
        if (py <= 0) return 0;
        for (int c : active) q[c] /= py;
        double h = entropy(q, active), best = 0;
        for (Evidence f : followUps) best = Math.max(best, gain(model.table(f.code()), q, active, h));
        return py * best;
    }

    /** Mutual information I(condition; answer); multi-choice values are summed as independent yes/no answers. */
    static double gain(LikelihoodModel.Table t, double[] p, int[] active, double h) {
        double[][] theta = t.p();
        return switch (t.evidence().type()) {
            case BINARY -> binaryGain(theta[0], t.entropy()[0], p, active);
            case CATEGORICAL -> {
                double conditional = 0, marginal = 0;
                for (int c : active) conditional += p[c] * t.categoricalEntropy()[c];
                for (double[] row : theta) {
                    double pv = 0;
                    for (int c : active) pv += p[c] * row[c];
                    if (pv > 0) marginal -= pv * Math.log(pv);
                }
                yield Math.max(0, marginal - conditional);
            }
            case MULTI_CHOICE -> {
                double sum = 0;
                for (int v = 0; v < theta.length; v++) sum += binaryGain(theta[v], t.entropy()[v], p, active);
                yield Math.min(h, sum);
            }
        };
    }

    private static double binaryGain(double[] theta, double[] hTheta, double[] p, int[] active) {
        double py = 0, conditional = 0;
        for (int c : active) {
            py += p[c] * theta[c];
            conditional += p[c] * hTheta[c];
        }
        double marginal = py <= 0 || py >= 1 ? 0 : -py * Math.log(py) - (1 - py) * Math.log1p(-py);
        return Math.max(0, marginal - conditional);
    }

    static int[] active(double[] p) {
        int n = 0;
        for (double x : p) if (x >= ACTIVE) n++;
        int[] out = new int[n];
        n = 0;
        for (int c = 0; c < p.length; c++) if (p[c] >= ACTIVE) out[n++] = c;
        return out;
    }

    static double entropy(double[] p, int[] active) {
        double h = 0;
        for (int c : active) if (p[c] > 0) h -= p[c] * Math.log(p[c]);
        return h;
    }
}
