package com.yilian.scheduler.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.InferenceRequest;
import com.yilian.scheduler.Priority;
import com.yilian.tenants.DataClass;
import org.junit.jupiter.api.Test;

/**
 * The simulator's clock is milliseconds in a double. A week-long replay (168 h) used to stop moving at 2^28 ms
 * (74.6 h): a prefill with just over {@code EPS} left on a 3,600 tokens/s replica needs less time than half the
 * clock's resolution there, its event was scheduled at the current time, the replica advanced by zero seconds, and
 * the same event was due again for ever.
 */
class ReplicaTest {
    private static final double HOUR_MS = 3_600_000;

    @Test
    void theNextEventAlwaysMovesTheClockAndEndsTheAlmostFinishedPrefill() {
        for (double tokensPerSecond : new double[] {2_400, 3_600, 20_000}) {
            for (double hours : new double[] {1, 24, 72, 74.6, 80, 120, 168}) {
                for (double left : new double[] {1.01e-7, 1.05e-7, 1.5e-7, 3e-7}) {
                    String what = tokensPerSecond + " tokens/s at " + hours + " h with " + left + " left";
                    double now = hours * HOUR_MS + 0.123;
                    Replica r = new Replica(tokensPerSecond, ServingModel.defaults());
                    Sequence s = sequence(left);
                    r.add(s, now);
                    int steps = 0;
                    while (!Replica.prefilled(s) && steps < 3) {
                        assertThat(r.nextAtMs).as(what).isGreaterThan(now);
                        double t = r.nextAtMs;
                        r.advance((t - now) / 1000, t);
                        now = t;
                        steps++;
                    }
                    assertThat(Replica.prefilled(s)).as(what).isTrue();
                    assertThat(r.nextAtMs).as(what).isGreaterThan(now); // now decoding: the next event is its end
                }
            }
        }
    }

    /** Where the clock can represent the step, the event time is exactly what it was before the guard. */
    @Test
    void aStepTheClockCanTakeIsKeptAsComputed() {
        double now = 24 * HOUR_MS + 0.123;
        Replica r = new Replica(3_600, ServingModel.defaults());
        Sequence s = sequence(1.05e-7);
        r.add(s, now);
        assertThat(r.nextAtMs).isEqualTo(now + r.nextEventSeconds() * 1000).isGreaterThan(now);

        Replica idle = new Replica(3_600, ServingModel.defaults());
        idle.schedule(now);
        assertThat(idle.nextAtMs).isEqualTo(Double.POSITIVE_INFINITY);
    }

    private static Sequence sequence(double prefillLeft) {
        InferenceRequest req = new InferenceRequest(1, "t", Priority.BATCH, DataClass.PUBLIC, 100, 10, 0);
        return new Sequence(req, 0, 0, 0, 0, prefillLeft);
    }
}
