package com.yilian.scheduler;

/**
 * VTC's virtual token counters (Sheng et al., "Fairness in Serving Large Language Models", OSDI 2024): each tenant's
 * counter grows with the service it receives, divided by its share, and the tenant with the smallest counter is
 * served next. Service is weighted tokens: a prompt token counts {@value #PROMPT_WEIGHT}, an output token
 * {@value #OUTPUT_WEIGHT} (the paper's default: decoding costs more than prefill). A tenant that becomes backlogged
 * again has its counter lifted to the smallest counter among the backlogged tenants, so idle time is not banked
 * as credit that would let it starve the others later.
 */
final class VirtualCounters {
    static final double PROMPT_WEIGHT = 1;
    static final double OUTPUT_WEIGHT = 2;

    private final double[] counters;
    private final double[] weights;
    /** The counter of the last tenant whose queue emptied: the lift when nobody else is backlogged. */
    private double lastLeft;

    VirtualCounters(double[] shares) {
        this.counters = new double[shares.length];
        this.weights = shares.clone();
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(weights[i], 1e-6);
        }
    }

    double get(int tenant) {
        return counters[tenant];
    }

    /** What a prompt of this many tokens adds to the tenant's counter when it starts. */
    double promptCharge(int tenant, int promptTokens) {
        return PROMPT_WEIGHT * promptTokens / weights[tenant];
    }

    void servePrompt(int tenant, int tokens) {
        counters[tenant] += PROMPT_WEIGHT * tokens / weights[tenant];
    }

    void serveOutput(int tenant, int tokens) {
        counters[tenant] += OUTPUT_WEIGHT * tokens / weights[tenant];
    }

    /** @param backlogged which tenants have queued requests, not counting {@code tenant} itself */
    void lift(int tenant, boolean[] backlogged) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < counters.length; i++) {
            if (i != tenant && backlogged[i]) {
                min = Math.min(min, counters[i]);
            }
        }
        double floor = min == Double.POSITIVE_INFINITY ? lastLeft : min;
        counters[tenant] = Math.max(counters[tenant], floor);
    }

    void left(int tenant) {
        lastLeft = counters[tenant];
    }
}
