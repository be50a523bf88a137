package com.yilian.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.tenants.DataClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random events against every policy: a decision only ever starts a waiting request and only ever stops a running
 * one, whatever the mix of reclaim, urgency and burst, so a driver can carry it out without second-guessing it.
 */
class DecisionConsistencyTest {

    @ParameterizedTest
    @ValueSource(strings = {"fcfs", "static", "vtc", "yilian"})
    void decisionsOnlyStartWaitingRequestsAndOnlyStopRunningOnes(String policy) {
        Scheduler s = Policies.create(policy, Fixtures.twoTenants()).orElseThrow();
        SplittableRandom random = new SplittableRandom(42);
        Set<Long> waiting = new HashSet<>();
        List<Long> running = new ArrayList<>();
        long id = 0;
        for (long now = 0; now < 200_000; now += random.nextInt(1, 400)) {
            int events = random.nextInt(4);
            for (int e = 0; e < events; e++) {
                String tenant = random.nextBoolean() ? "a" : "b";
                Priority p = Priority.values()[random.nextInt(3)];
                DataClass c = DataClass.values()[random.nextInt(3)];
                s.onArrival(new InferenceRequest(++id, tenant, p, c, 100, 100, now), now);
                waiting.add(id);
            }
            if (!running.isEmpty() && random.nextInt(3) == 0) {
                long done = running.remove(random.nextInt(running.size()));
                s.onTokens(done, 50, now);
                s.onFinished(done, now);
            }
            Decision d = s.decide(now);
            for (Preemption pre : d.preemptions()) {
                assertThat(running.remove(pre.requestId())).as("pre-empted %s is running", pre.requestId()).isTrue();
                waiting.add(pre.requestId());
            }
            for (Dispatch x : d.dispatches()) {
                assertThat(waiting.remove(x.request().id())).as("dispatched %s was waiting", x.request().id()).isTrue();
                if (x.remote()) {
                    assertThat(x.request().dataClass()).isNotEqualTo(DataClass.PHI);
                    s.onFinished(x.request().id(), now);
                } else {
                    running.add(x.request().id());
                }
            }
            assertThat(running).hasSizeLessThanOrEqualTo(10);
            assertThat(s.queued()).isEqualTo(waiting.size());
        }
    }
}
