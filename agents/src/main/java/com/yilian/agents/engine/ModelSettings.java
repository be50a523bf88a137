package com.yilian.agents.engine;

/**
 * How counts become likelihoods.
 *
 * @param alpha          weight, in pseudo-patients, of the knowledge-base prior on each likelihood
 * @param epsilon        probability of a finding the knowledge base says a condition cannot present; above zero
 *                       so that one contradictory answer lowers a condition instead of ruling it out
 * @param evidenceWeight multiplies the evidence log-likelihoods; below 1 it tempers naive Bayes' overconfidence
 * @param onlyListed     a condition presents only the findings the knowledge base lists for it (true for the
 *                       diagnosis; false for the differential, whose members need not explain every finding)
 */
public record ModelSettings(double alpha, double epsilon, double evidenceWeight, boolean onlyListed) {

    public static final ModelSettings DEFAULT = new ModelSettings(1.0, 0.01, 1.0, true);
    public static final ModelSettings DIFFERENTIAL = new ModelSettings(1.0, 0.01, 0.3, false);

    public ModelSettings {
        if (alpha <= 0) throw new IllegalArgumentException("alpha must be > 0");
        if (epsilon <= 0 || epsilon >= 0.5) throw new IllegalArgumentException("epsilon must be in (0, 0.5)");
        if (evidenceWeight <= 0) throw new IllegalArgumentException("evidenceWeight must be > 0");
    }
}
