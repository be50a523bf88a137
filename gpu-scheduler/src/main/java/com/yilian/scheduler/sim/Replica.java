package com.yilian.scheduler.sim;

import java.util.ArrayList;
import java.util.List;

/** One simulated model server: processor sharing of its token budget, prefill first (see {@link ServingModel}). */
final class Replica {
    private static final double EPS = 1e-7;
    final List<Sequence> sequences = new ArrayList<>();
    private final double tokensPerSecond;
    private final ServingModel model;
    private double prefillRate;
    private double decodeRate;
    /** When the next sequence of this replica finishes its prefill or its output; refreshed on every change. */
    double nextAtMs = Double.POSITIVE_INFINITY;

    Replica(double tokensPerSecond, ServingModel model) {
        this.tokensPerSecond = tokensPerSecond;
        this.model = model;
    }

    void add(Sequence s, double nowMs) {
        sequences.add(s);
        rates();
        nextAtMs = nowMs + nextEventSeconds() * 1000;
    }

    void remove(Sequence s, double nowMs) {
        sequences.remove(s);
        rates();
        nextAtMs = nowMs + nextEventSeconds() * 1000;
    }

    /** Seconds until the next sequence finishes its prefill or its output; infinite when idle. */
    double nextEventSeconds() {
        double next = Double.POSITIVE_INFINITY;
        for (Sequence s : sequences) {
            double dt = s.prefillLeft > EPS ? s.prefillLeft / prefillRate : s.outputLeft / decodeRate;
            next = Math.min(next, dt);
        }
        return Math.max(0, next);
    }

    /**
     * Runs the replica for dt seconds up to nowMs; the caller never crosses an event, so the rates hold throughout
     * and the next event stays where it was unless a prefill ended.
     */
    void advance(double dt, double nowMs) {
        if (dt <= 0 || sequences.isEmpty()) {
            return;
        }
        boolean phaseChange = false;
        for (Sequence s : sequences) {
            if (s.prefillLeft > EPS) {
                s.prefillLeft -= prefillRate * dt;
                if (s.prefillLeft <= EPS) {
                    s.prefillLeft = 0;
                    phaseChange = true;
                }
            } else {
                s.outputLeft = Math.max(0, s.outputLeft - decodeRate * dt);
            }
        }
        if (phaseChange) {
            rates();
            nextAtMs = nowMs + nextEventSeconds() * 1000;
        }
    }

    static boolean prefilled(Sequence s) {
        return s.prefillLeft <= EPS;
    }

    static boolean done(Sequence s) {
        return s.prefillLeft <= EPS && s.outputLeft <= EPS;
    }

    /** Seconds per output token at the current load, for a decoding sequence. */
    double secondsPerToken() {
        return decodeRate > 0 ? 1 / decodeRate : 0;
    }

    private void rates() {
        int prefilling = 0;
        for (Sequence s : sequences) {
            if (s.prefillLeft > EPS) {
                prefilling++;
            }
        }
        int decoding = sequences.size() - prefilling;
        double decodeWant = decoding * model.maxDecodePerSequence();
        double decodeUse = prefilling > 0
                ? Math.min(decodeWant, tokensPerSecond * model.decodeShareDuringPrefill())
                : Math.min(decodeWant, tokensPerSecond);
        decodeRate = decoding > 0 ? decodeUse / decoding : 0;
        prefillRate = prefilling > 0 ? (tokensPerSecond - decodeUse) / prefilling : 0;
    }
}
