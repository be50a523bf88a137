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
        schedule(nowMs);
    }

    void remove(Sequence s, double nowMs) {
        sequences.remove(s);
        rates();
        schedule(nowMs);
    }

    /**
     * Sets {@link #nextAtMs} from {@link #nextEventSeconds()}, and never to {@code nowMs} itself while work is left.
     * Times are milliseconds in a double, whose resolution coarsens as the clock runs: from 2^28 ms (74.6 h) on,
     * the shortest step it can take is 6e-8 ms, and the last {@code EPS} of a prefill at 3,600 tokens/s takes less
     * than half of that. Added to the clock, such a step rounds to nothing, the replica would then be advanced by
     * zero seconds, its event would be due again at the same time, and the simulation would never move on. The step
     * is therefore at least the clock's smallest (the sequence then finishes that phase in it); a step the clock
     * can represent is kept exactly as computed.
     */
    void schedule(double nowMs) {
        double seconds = nextEventSeconds();
        double at = nowMs + seconds * 1000;
        nextAtMs = seconds > 0 && at <= nowMs ? Math.nextUp(nowMs) : at;
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
            schedule(nowMs);
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
