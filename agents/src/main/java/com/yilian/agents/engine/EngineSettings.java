package com.yilian.agents.engine;

/**
 * The interview's stop rule.
 *
 * @param confidence  stop asking once the leading condition reaches this probability
 * @param minGain     stop when no question is expected to reduce uncertainty by at least this much (nats)
 * @param stopOnRedFlag stop asking and escalate as soon as a red flag appears
 * @param differentialGain once confident, keep asking while a question would still sharpen the rest of the
 *                      differential by at least this much (nats); 0 stops as soon as the leader is confident
 */
public record EngineSettings(double confidence, double minGain, boolean stopOnRedFlag, double differentialGain) {

    public static final EngineSettings DEFAULT = new EngineSettings(0.99, 1e-3, true, 0.03);

    public EngineSettings {
        if (confidence <= 0 || confidence > 1) throw new IllegalArgumentException("confidence must be in (0, 1]");
    }

    public EngineSettings withStopOnRedFlag(boolean stop) {
        return new EngineSettings(confidence, minGain, stop, differentialGain);
    }

    public EngineSettings withDifferentialGain(double g) {
        return new EngineSettings(confidence, minGain, stopOnRedFlag, g);
    }

    public EngineSettings withConfidence(double c) {
        return new EngineSettings(c, minGain, stopOnRedFlag, differentialGain);
    }
}
