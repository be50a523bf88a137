package com.yilian.scheduler;

import static com.yilian.scheduler.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.tenants.DataClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of Yilian's policy on a pool of 10 places shared by tenants a and b (guaranteed 4 places each). */
class YilianSchedulerTest {
    private final YilianScheduler scheduler = new YilianScheduler(Fixtures.twoTenants());

    private List<InferenceRequest> arrive(String tenant, Priority p, int n, long at) {
        List<InferenceRequest> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            InferenceRequest r = request(tenant, p, at);
            scheduler.onArrival(r, at);
            requests.add(r);
        }
        return requests;
    }

    @Test
    void aTenantBorrowsIdleCapacityBeyondItsGuaranteeUpToItsLimit() {
        // a: guaranteed 4 of 10, borrow limit 0.6 -> may hold the whole pool while b is idle.
        arrive("a", Priority.BATCH, 12, 0);
        Decision d = scheduler.decide(0);
        assertThat(d.dispatches()).hasSize(10).allMatch(x -> x.poolId().equals(Fixtures.LOCAL));
        assertThat(d.dispatches().stream().filter(Dispatch::borrowed)).hasSize(6);
        assertThat(scheduler.queued("a")).isEqualTo(2);
    }

    @Test
    void theBorrowLimitHoldsEvenWhenCapacityIsIdle() {
        // b: guaranteed 0.4 + borrow 0.3 + unreserved 0.2 = 9 places at most.
        arrive("b", Priority.BATCH, 12, 0);
        assertThat(scheduler.decide(0).dispatches()).hasSize(9);
        assertThat(scheduler.queued("b")).isEqualTo(3);
    }

    @Test
    void aLenderReturningReclaimsItsGuaranteeByPreemptingBorrowedBatchWork() {
        List<InferenceRequest> borrowed = arrive("a", Priority.BATCH, 10, 0);
        scheduler.decide(0);
        borrowed.forEach(r -> scheduler.onTokens(r.id(), 30, 500));
        arrive("b", Priority.STANDARD, 6, 1_000);
        Decision d = scheduler.decide(1_000);

        // b gets its 4 guaranteed places at once; the 5th and 6th request wait (b is at its guarantee).
        assertThat(d.preemptions()).hasSize(4).allMatch(p -> p.tenantId().equals("a"));
        assertThat(d.dispatches()).hasSize(4).allMatch(x -> x.request().tenantId().equals("b"));
        assertThat(scheduler.queued("b")).isEqualTo(2);
        // The pre-empted work is queued again and resumes where it stopped.
        assertThat(scheduler.queued("a")).isEqualTo(4);
        List<Long> victims = d.preemptions().stream().map(Preemption::requestId).toList();
        d.dispatches().forEach(x -> scheduler.onFinished(x.request().id(), 2_000));
        Decision resumed = scheduler.decide(2_000);
        assertThat(resumed.dispatches()).hasSize(4).anySatisfy(x -> {
            assertThat(victims).contains(x.request().id());
            assertThat(x.tokensDoneSoFar()).isEqualTo(30);
        });
    }

    @Test
    void borrowedInteractiveWorkIsNotPreemptedTheLenderWaitsForTheNextFreePlace() {
        List<InferenceRequest> running = arrive("a", Priority.INTERACTIVE, 10, 0);
        scheduler.decide(0);
        arrive("a", Priority.INTERACTIVE, 5, 100); // borrowers queue too
        InferenceRequest lender = arrive("b", Priority.BATCH, 1, 200).get(0);
        assertThat(scheduler.decide(200).isEmpty()).isTrue();

        scheduler.onFinished(running.get(0).id(), 300);
        Decision d = scheduler.decide(300);
        assertThat(d.preemptions()).isEmpty();
        assertThat(d.dispatches()).singleElement().satisfies(x -> assertThat(x.request()).isEqualTo(lender));
    }

    @Test
    void aTenantRunsItsInteractiveWorkBeforeStandardBeforeBatch() {
        List<InferenceRequest> running = arrive("a", Priority.BATCH, 10, 0);
        scheduler.decide(0);
        InferenceRequest batch = arrive("a", Priority.BATCH, 1, 10).get(0);
        InferenceRequest standard = arrive("a", Priority.STANDARD, 1, 20).get(0);
        InferenceRequest interactive = arrive("a", Priority.INTERACTIVE, 1, 30).get(0);
        List<InferenceRequest> order = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            scheduler.onFinished(running.get(i).id(), 100 + i);
            scheduler.decide(100 + i).dispatches().forEach(x -> order.add(x.request()));
        }
        assertThat(order).containsExactly(interactive, standard, batch);
    }

    @Test
    void phiNeverGoesRemoteEvenWhenLocalIsOverloadedForAnHour() {
        arrive("a", Priority.BATCH, 10, 0);
        scheduler.decide(0);
        arrive("a", Priority.INTERACTIVE, 50, 1_000);
        arrive("b", Priority.INTERACTIVE, 50, 1_000);
        for (long t = 1_000; t <= 3_600_000; t += 60_000) {
            Decision d = scheduler.decide(t);
            assertThat(d.dispatches()).noneMatch(Dispatch::remote);
            assertThat(d.dispatches()).allMatch(x -> x.poolId().equals(Fixtures.LOCAL));
        }
        // b took a place back from a's borrowed batch work; the rest of the PHI still waits, locally.
        assertThat(scheduler.queued("b")).isBetween(46, 49);
        assertThat(scheduler.queued()).isEqualTo(100);
    }

    @Test
    void nonPhiBurstsToTheRemotePoolWhenTheLocalQueueWouldMissItsObjective() {
        arrive("a", Priority.STANDARD, 10, 0);
        scheduler.decide(0);
        for (int i = 0; i < 5; i++) {
            scheduler.onArrival(request("b", Priority.INTERACTIVE, DataClass.DEIDENTIFIED, 1_000), 1_000);
            scheduler.onArrival(request("b", Priority.INTERACTIVE, DataClass.PHI, 1_000), 1_000);
        }
        Decision d = scheduler.decide(1_000);
        assertThat(d.dispatches()).isNotEmpty().allSatisfy(x -> {
            assertThat(x.remote()).isTrue();
            assertThat(x.poolId()).isEqualTo(Fixtures.REMOTE);
            assertThat(x.request().dataClass()).isEqualTo(DataClass.DEIDENTIFIED);
        });
        assertThat(scheduler.queued("b")).isGreaterThanOrEqualTo(5); // the PHI requests wait
    }

    @Test
    void nonPhiStaysLocalWhenThereIsRoom() {
        scheduler.onArrival(request("b", Priority.INTERACTIVE, DataClass.PUBLIC, 0), 0);
        assertThat(scheduler.decide(0).dispatches()).singleElement()
                .satisfies(x -> assertThat(x.remote()).isFalse());
    }
}
