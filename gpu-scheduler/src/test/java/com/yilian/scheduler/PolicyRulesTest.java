package com.yilian.scheduler;

import static com.yilian.scheduler.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.tenants.DataClass;
import com.yilian.tenants.DataPolicy;
import com.yilian.tenants.Quota;
import com.yilian.tenants.Tenant;
import com.yilian.tenants.Tier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules every policy keeps, and token fairness of the fair ones. */
class PolicyRulesTest {

    /** Two always-backlogged tenants with shares 3:1 on one place: served tokens follow the shares. */
    @ParameterizedTest
    @ValueSource(strings = {"vtc", "yilian"})
    void backloggedTenantsGetTokensInProportionToTheirShares(String policy) {
        Tenant big = Fixtures.tenant("a", Tier.TERTIARY, new Quota(0.75, 0, 1, 1, 1), Fixtures.usual());
        Tenant small = Fixtures.tenant("b", Tier.COMMUNITY, new Quota(0.25, 0, 1, 1, 1), Fixtures.usual());
        Scheduler s = Policies.create(policy, Fixtures.setup(List.of(Fixtures.local(1, 1)), List.of(big, small)))
                .orElseThrow();
        Map<String, Integer> served = serve(s, 400, 0);
        double ratio = (double) served.get("a") / served.get("b");
        assertThat(ratio).isBetween(2.7, 3.3);
    }

    /** The gateway gives up on a call that waited too long: it leaves the queue and never takes a place. */
    @ParameterizedTest
    @ValueSource(strings = {"fcfs", "static", "vtc", "yilian"})
    void aWithdrawnRequestLeavesTheQueueAndIsNeverDispatched(String policy) {
        Scheduler s = Policies.create(policy, Fixtures.twoTenantsOnOnePlace()).orElseThrow();
        InferenceRequest running = request("a", Priority.STANDARD, 0);
        InferenceRequest gaveUp = request("a", Priority.STANDARD, 1);
        InferenceRequest next = request("a", Priority.STANDARD, 2);
        s.onArrival(running, 0);
        assertThat(s.decide(0).dispatches()).extracting(d -> d.request().id()).containsExactly(running.id());
        s.onArrival(gaveUp, 1);
        s.onArrival(next, 2);

        assertThat(s.withdraw(gaveUp.id(), 3)).isTrue();
        assertThat(s.withdraw(gaveUp.id(), 3)).isFalse();
        assertThat(s.withdraw(running.id(), 3)).as("a running request is finished, not withdrawn").isFalse();
        assertThat(s.queued()).isEqualTo(1);
        s.onFinished(running.id(), 4);

        assertThat(s.decide(4).dispatches()).extracting(d -> d.request().id()).containsExactly(next.id());
    }

    @Test
    void fcfsIgnoresSharesWhichIsWhatTheFairnessTestWouldCatch() {
        Tenant big = Fixtures.tenant("a", Tier.TERTIARY, new Quota(0.75, 0, 1, 1, 1), Fixtures.usual());
        Tenant small = Fixtures.tenant("b", Tier.COMMUNITY, new Quota(0.25, 0, 1, 1, 1), Fixtures.usual());
        Scheduler s = new FcfsScheduler(Fixtures.setup(List.of(Fixtures.local(1, 1)), List.of(big, small)));
        Map<String, Integer> served = serve(s, 400, 0);
        assertThat((double) served.get("a") / served.get("b")).isBetween(0.9, 1.1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vtc", "yilian"})
    void aTenantBackFromIdleDoesNotCashInItsIdleTime(String policy) {
        Scheduler s = Policies.create(policy, Fixtures.twoTenantsOnOnePlace()).orElseThrow();
        // a alone for a long while, then b joins: with the counter lift b does not get the next 50 places alone.
        serve(s, 200, 1);
        Map<String, Integer> after = serve(s, 50, 0);
        assertThat(after.get("a")).isGreaterThan(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fcfs", "static", "vtc", "yilian"})
    void phiIsRefusedNotSentRemoteWhenTheTenantListsNoLocalPoolForIt(String policy) {
        DataPolicy remoteOnly = new DataPolicy(Map.of(DataClass.PHI, List.of(Fixtures.REMOTE),
                DataClass.PUBLIC, List.of(Fixtures.REMOTE)));
        Tenant t = Fixtures.tenant("a", Tier.TERTIARY, new Quota(1, 1, 0, 1, 1), remoteOnly);
        Scheduler s = Policies.create(policy,
                Fixtures.setup(List.of(Fixtures.local(1, 2), Fixtures.remote()), List.of(t))).orElseThrow();
        s.onArrival(request("a", Priority.INTERACTIVE, DataClass.PHI, 0), 0);
        s.onArrival(request("a", Priority.INTERACTIVE, DataClass.PUBLIC, 0), 0);
        Decision d = s.decide(0);
        assertThat(d.refusals()).singleElement().satisfies(r -> assertThat(r.reason()).contains("PHI"));
        assertThat(d.dispatches()).singleElement().satisfies(x -> {
            assertThat(x.remote()).isTrue();
            assertThat(x.request().dataClass()).isEqualTo(DataClass.PUBLIC);
        });
    }

    @Test
    void anUnknownTenantIsRefused() {
        Scheduler s = new YilianScheduler(Fixtures.twoTenants());
        s.onArrival(request("nobody", Priority.STANDARD, 0), 0);
        assertThat(s.decide(0).refusals()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("unknown tenant"));
    }

    @Test
    void theStaticSplitNeverLendsIdlePlaces() {
        Scheduler s = new StaticSplitScheduler(Fixtures.twoTenants());
        for (int i = 0; i < 10; i++) {
            s.onArrival(request("a", Priority.BATCH, 0), 0);
        }
        assertThat(s.decide(0).dispatches()).hasSize(5);
    }

    /**
     * Runs requests of 10 prompt + 10 output tokens one place at a time; tenant b joins only when {@code onlyA} is 0.
     * Returns the requests served per tenant.
     */
    private static Map<String, Integer> serve(Scheduler s, int rounds, int onlyA) {
        Map<String, Integer> served = new HashMap<>(Map.of("a", 0, "b", 0));
        long now = clock;
        for (int i = 0; i < rounds; i++) {
            for (String t : onlyA == 1 ? List.of("a") : List.of("a", "b")) {
                while (s.queued(t) < 3) {
                    s.onArrival(new InferenceRequest(++ids, t, Priority.STANDARD, DataClass.PHI, 10, 10, now), now);
                }
            }
            for (Dispatch d : s.decide(now).dispatches()) {
                s.onTokens(d.request().id(), 10, now + 1);
                s.onFinished(d.request().id(), now + 1);
                served.merge(d.request().tenantId(), 1, Integer::sum);
            }
            now += 2;
        }
        clock = now;
        return served;
    }

    private static long ids = 1_000_000;
    private static long clock;
}
