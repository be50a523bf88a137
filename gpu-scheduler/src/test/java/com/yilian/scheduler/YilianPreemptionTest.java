package com.yilian.scheduler;

import static com.yilian.scheduler.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.tenants.DataClass;
import com.yilian.tenants.DataPolicy;
import com.yilian.tenants.Quota;
import com.yilian.tenants.Tenant;
import com.yilian.tenants.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whose work Yilian's policy pre-empts, who goes next, and when it sends a patient's request remote. */
class YilianPreemptionTest {
    private static final long URGENT_MS = 1_000; // half the 2 s interactive TTFT objective
    private static long ids = 900_000;

    private static List<InferenceRequest> start(Scheduler s, String tenant, Priority p, int n, long at) {
        List<InferenceRequest> started = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            InferenceRequest r = request(tenant, p, at);
            s.onArrival(r, at);
            started.add(r);
        }
        assertThat(s.decide(at).dispatches()).hasSize(n);
        return started;
    }

    /** Tenants a, b, c with equal shares on 10 places, 2 guaranteed each, any of them may borrow the rest. */
    private static Scheduler threeTenants() {
        List<Tenant> tenants = new ArrayList<>();
        for (String id : List.of("a", "b", "c")) {
            tenants.add(Fixtures.tenant(id, id.equals("a") ? Tier.TERTIARY : Tier.COMMUNITY,
                    new Quota(1.0 / 3, 0.2, 0.6, 1_000_000, 600), Fixtures.usual()));
        }
        return new YilianScheduler(Fixtures.setup(List.of(Fixtures.local(1, 10), Fixtures.remote()), tenants));
    }

    @Test
    void aWaitingPatientTakesItsOwnHospitalsBatchPlaceBeforeAnothers() {
        Scheduler s = new YilianScheduler(Fixtures.twoTenants());
        start(s, "a", Priority.BATCH, 4, 0);                 // a at its guarantee of 4, nothing borrowed
        start(s, "b", Priority.BATCH, 6, 10);                // b borrows 2, started later
        InferenceRequest patient = request("a", Priority.INTERACTIVE, 20);
        s.onArrival(patient, 20);
        assertThat(s.decide(20).isEmpty()).isTrue();

        Decision d = s.decide(20 + URGENT_MS);
        // A swap inside a moves no place between hospitals; taking b's borrowed place would.
        assertThat(d.preemptions()).singleElement().satisfies(p -> assertThat(p.tenantId()).isEqualTo("a"));
        assertThat(d.dispatches()).singleElement().satisfies(x -> assertThat(x.request()).isEqualTo(patient));
    }

    @Test
    void withoutOwnBatchAPatientTakesTheBorrowedBatchOfTheHospitalFurthestAhead() {
        Scheduler s = threeTenants();
        start(s, "a", Priority.STANDARD, 2, 0);
        List<InferenceRequest> ahead = start(s, "c", Priority.BATCH, 4, 0);
        start(s, "b", Priority.BATCH, 4, 10);                // b's borrowed work is the most recently started
        ahead.forEach(r -> s.onTokens(r.id(), 500, 15));      // c has received far more service
        InferenceRequest patient = request("a", Priority.INTERACTIVE, 20);
        s.onArrival(patient, 20);

        Decision d = s.decide(20 + URGENT_MS);
        assertThat(d.preemptions()).singleElement().satisfies(p -> assertThat(p.tenantId()).isEqualTo("c"));
        assertThat(d.dispatches()).singleElement().satisfies(x -> assertThat(x.request()).isEqualTo(patient));
    }

    @Test
    void aReturningLenderGetsAPlaceInTheSameDecisionFromTheHospitalFurthestAhead() {
        Scheduler s = threeTenants();
        List<InferenceRequest> ahead = start(s, "c", Priority.BATCH, 5, 0);
        start(s, "b", Priority.BATCH, 5, 10);
        ahead.forEach(r -> s.onTokens(r.id(), 500, 15));
        InferenceRequest lender = request("a", Priority.STANDARD, 20);
        s.onArrival(lender, 20);

        Decision d = s.decide(20);
        assertThat(d.preemptions()).singleElement().satisfies(p -> assertThat(p.tenantId()).isEqualTo("c"));
        assertThat(d.dispatches()).singleElement().satisfies(x -> assertThat(x.request()).isEqualTo(lender));
    }

    /**
     * Counters are compared at the middle of the prompt charge the next request would add: with equal counters the
     * short prompt goes first (comparing before the charge, as VTC does, is a tie), and a long prompt from a counter
     * far enough behind still goes first (comparing after the whole charge would pick the short one).
     */
    @Test
    void theOrderComparesCountersAtTheMiddleOfTheNextPromptCharge() {
        Scheduler s = Policies.create("yilian", Fixtures.twoTenantsOnOnePlace()).orElseThrow();
        InferenceRequest longPrompt = prompt("a", 1_000, 0);
        InferenceRequest shortPrompt = prompt("b", 20, 0);
        s.onArrival(longPrompt, 0);
        s.onArrival(shortPrompt, 0);
        assertThat(s.decide(0).dispatches()).singleElement()
                .satisfies(x -> assertThat(x.request()).isEqualTo(shortPrompt));

        Scheduler t = Policies.create("yilian", Fixtures.twoTenantsOnOnePlace()).orElseThrow();
        InferenceRequest first = prompt("b", 600, 0);            // b's counter: 600 / 0.5 = 1,200
        t.onArrival(first, 0);
        t.decide(0);
        InferenceRequest behind = prompt("a", 1_000, 1);         // a at 0: middle 1,000, after the charge 2,000
        InferenceRequest ahead = prompt("b", 20, 2);             // b at 1,200: middle 1,220, after 1,240
        t.onArrival(behind, 1);
        t.onArrival(ahead, 2);
        t.onFinished(first.id(), 3);
        assertThat(t.decide(3).dispatches()).singleElement()
                .satisfies(x -> assertThat(x.request()).isEqualTo(behind));
    }

    private static InferenceRequest prompt(String tenant, int promptTokens, long at) {
        return new InferenceRequest(++ids, tenant, Priority.STANDARD, DataClass.PHI,
                promptTokens, 10, at);
    }

    /**
     * The remote pool needs time to answer: a patient's non-PHI request leaves the local queue while the remote
     * pool's usual time to first token still fits in the objective, and that time is learned from its calls.
     */
    @Test
    void aPatientsRequestBurstsWhileTheRemotePoolCanStillAnswerInTime() {
        DataPolicy policy = new DataPolicy(Map.of(DataClass.PHI, List.of(Fixtures.LOCAL),
                DataClass.DEIDENTIFIED, List.of(Fixtures.LOCAL, Fixtures.REMOTE),
                DataClass.PUBLIC, List.of(Fixtures.REMOTE)));
        Tenant a = Fixtures.tenant("a", Tier.TERTIARY, new Quota(1, 1, 0, 1_000_000, 600), policy);
        Scheduler s = new YilianScheduler(Fixtures.setup(List.of(Fixtures.local(1, 100), Fixtures.remote()),
                List.of(a)));
        start(s, "a", Priority.BATCH, 100, 0);
        // One place frees every 150 ms on average: local start predicted within 1 s, so with a remote pool
        // answering in about 1 s the request stays local.
        InferenceRequest first = request("a", Priority.INTERACTIVE, DataClass.DEIDENTIFIED, 10);
        s.onArrival(first, 10);
        assertThat(s.decide(10).dispatches()).isEmpty();
        assertThat(s.withdraw(first.id(), 10)).isTrue();

        // The remote pool turns out to need 1.9 s to its first token.
        long t = 100;
        for (int i = 0; i < 100; i++, t += 100) {
            InferenceRequest call = request("a", Priority.STANDARD, DataClass.PUBLIC, t);
            s.onArrival(call, t);
            assertThat(s.decide(t).dispatches()).singleElement().satisfies(x -> assertThat(x.remote()).isTrue());
            s.onTokens(call.id(), 5, t + 1_900);
            s.onFinished(call.id(), t + 1_900);
        }
        InferenceRequest second = request("a", Priority.INTERACTIVE, DataClass.DEIDENTIFIED, t);
        s.onArrival(second, t);
        assertThat(s.decide(t).dispatches()).singleElement().satisfies(x -> {
            assertThat(x.request()).isEqualTo(second);
            assertThat(x.remote()).isTrue();
        });
    }
}
