package com.yilian.agents.engine;

import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Fits a {@link MembershipModel} by full-batch gradient descent on the logistic loss with L2 regularisation.
 * Training examples are the states interviews end in, so that the model learns from what an interview observes.
 */
public final class MembershipTrainer {

    /** One training example: the state an interview ended in, its differential, and the ground-truth differential. */
    public record Example(PatientState state, Differential reached, Set<String> truth) {}

    private static final int ITERATIONS = 500;
    private static final double LEARNING_RATE = 0.5, L2 = 1e-3;

    private MembershipTrainer() {}

    public static MembershipModel train(KnowledgeBase kb, List<Example> examples) {
        MembershipModel m = new MembershipModel(kb);
        int nc = m.conditionCount(), nf = m.featureCount(), n = examples.size();
        if (n == 0) return m;
        List<MembershipModel.Features> xs = new ArrayList<>(n);
        double[][] ys = new double[n][nc];
        List<String> ids = kb.conditions().stream().map(c -> c.id()).toList();
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            double[] posterior = new double[nc];
            for (Candidate c : e.reached().candidates()) posterior[ids.indexOf(c.conditionId())] = c.probability();
            xs.add(m.features(e.state(), posterior));
            for (String d : e.truth()) ys[i][ids.indexOf(d)] = 1;
        }
        double[][] w = m.weights, grad = new double[nf][nc];
        for (int it = 0; it < ITERATIONS; it++) {
            for (double[] g : grad) Arrays.fill(g, 0);
            for (int i = 0; i < n; i++) {
                MembershipModel.Features x = xs.get(i);
                double[] p = m.predict(x);
                for (int c = 0; c < nc; c++) p[c] -= ys[i][c];
                for (int k = 0; k < x.index().length; k++) {
                    double[] g = grad[x.index()[k]];
                    double v = x.value()[k];
                    for (int c = 0; c < nc; c++) g[c] += v * p[c];
                }
            }
            for (int f = 0; f < nf; f++)
                for (int c = 0; c < nc; c++) w[f][c] -= LEARNING_RATE * (grad[f][c] / n + L2 * w[f][c]);
        }
        return m;
    }
}
