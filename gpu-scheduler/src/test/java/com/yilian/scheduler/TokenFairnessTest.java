package com.yilian.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.tenants.DataClass;
import com.yilian.tenants.Quota;
import com.yilian.tenants.Tenant;
import com.yilian.tenants.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Token-level fairness between two always-backlogged tenants on a pool of 8 places, measured as VTC measures it
 * (prompt + 2 × output tokens served), over a window after a warm-up. Tenant a sends prompt-heavy requests (long
 * context, short answer), b decode-heavy ones, and a holds the larger guarantee: holding places is not the same as
 * receiving tokens, so a policy that hands out places by guarantee first gives a far more than its share.
 */
class TokenFairnessTest {
    private static final int PLACES = 8;
    private static final int WARM_UP = 2_000;
    private static final int WINDOW = 10_000;

    private record Job(InferenceRequest request, int[] left) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"vtc", "yilian"})
    void equalSharesGetEqualServiceWithinABound(String policy) {
        Map<String, Double> served = run(policy, 0.5, 0.4, 0.5, 0.1);
        double a = served.get("a");
        double b = served.get("b");
        // VTC's bound is a few requests' worth of service; 5 % of the window is far above that and far below the gap
        // a guarantee-first order gives (a ends up with more than 80 %).
        assertThat(Math.abs(a - b) / (a + b)).as("service a=%s b=%s", a, b).isLessThan(0.05);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vtc", "yilian"})
    void sharesTwoToOneGetServiceTwoToOne(String policy) {
        Map<String, Double> served = run(policy, 2.0 / 3, 0.2, 1.0 / 3, 0.3);
        assertThat(served.get("a") / served.get("b")).as("service %s", served).isBetween(1.8, 2.2);
    }

    /** Tenant a: 2,000-token prompts, 20-token answers; b: 20-token prompts, 200-token answers; one token a step. */
    private static Map<String, Double> run(String policy, double shareA, double guaranteedA, double shareB,
                                           double guaranteedB) {
        Tenant a = Fixtures.tenant("a", Tier.TERTIARY, new Quota(shareA, guaranteedA, 1, 1, 1), Fixtures.usual());
        Tenant b = Fixtures.tenant("b", Tier.COMMUNITY, new Quota(shareB, guaranteedB, 1, 1, 1), Fixtures.usual());
        Scheduler s = Policies.create(policy, Fixtures.setup(List.of(Fixtures.local(1, PLACES)), List.of(a, b)))
                .orElseThrow();
        Map<String, Double> served = new HashMap<>(Map.of("a", 0.0, "b", 0.0));
        Map<Long, Job> running = new HashMap<>();
        long ids = 0;
        for (int step = 0; step < WARM_UP + WINDOW; step++) {
            boolean counting = step >= WARM_UP;
            for (String t : List.of("a", "b")) {
                while (s.queued(t) < 2 * PLACES) {
                    boolean longContext = t.equals("a");
                    s.onArrival(new InferenceRequest(++ids, t, Priority.STANDARD, DataClass.PHI,
                            longContext ? 2_000 : 20, longContext ? 20 : 200, step), step);
                }
            }
            for (Dispatch d : s.decide(step).dispatches()) {
                InferenceRequest r = d.request();
                running.put(r.id(), new Job(r, new int[] {r.outputTokens() - d.tokensDoneSoFar()}));
                if (counting && d.tokensDoneSoFar() == 0) {
                    served.merge(r.tenantId(), (double) r.promptTokens(), Double::sum);
                }
            }
            for (Job job : new ArrayList<>(running.values())) {
                s.onTokens(job.request().id(), 1, step);
                if (counting) {
                    served.merge(job.request().tenantId(), 2.0, Double::sum);
                }
                if (--job.left()[0] == 0) {
                    running.remove(job.request().id());
                    s.onFinished(job.request().id(), step);
                }
            }
        }
        return served;
    }
}
