package com.yilian.scheduler.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.Policies;
import com.yilian.scheduler.SchedulerSetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four policies side by side on the same generated morning (07:00–10:00, peaks included) of a small consortium.
 * Asserts the goals that Yilian meets here; those it does not (reclaim p99 under 2 s, SLO attainment at the
 * peak) are printed, not asserted (see the README).
 */
class PolicyComparisonTest {
    private static final Map<String, PolicyReport> REPORTS = new LinkedHashMap<>();

    @BeforeAll
    static void simulate() {
        SchedulerSetup setup = SchedulerSetup.of(SmallConsortium.of());
        List<TraceRecord> trace = new TraceGenerator(setup.consortium(), 11).generate(7, 3);
        Simulator simulator = new Simulator(setup, ServingModel.defaults());
        for (String p : Policies.NAMES) {
            REPORTS.put(p, simulator.run(Policies.create(p, setup).orElseThrow(), trace));
        }
        REPORTS.forEach((p, r) -> System.out.println(p + ": " + r.toJson()));
    }

    @Test
    void noPolicySendsPhiRemote() {
        REPORTS.values().forEach(r -> assertThat(r.phiRemote()).isZero());
    }

    @Test
    void yilianKeepsThroughputAndWorkConservation() {
        PolicyReport y = REPORTS.get("yilian");
        assertThat(y.throughputTokS()).isGreaterThanOrEqualTo(0.98 * REPORTS.get("fcfs").throughputTokS());
        assertThat(y.workConservation()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void yilianHalvesFcfsServiceDifference() {
        assertThat(REPORTS.get("yilian").avgServiceDiff()).isLessThanOrEqualTo(0.5 * REPORTS.get("fcfs").avgServiceDiff());
    }

    @Test
    void yilianIsNoLessFairThanVtcOnThisMorning() {
        assertThat(REPORTS.get("yilian").avgServiceDiff()).isLessThanOrEqualTo(REPORTS.get("vtc").avgServiceDiff());
    }

    /**
     * This morning is the peak itself (demand about 1.3 × the local GPUs for an hour): no policy reaches the 99%
     * interactive / 95% per hospital objectives on it, so only Yilian's lead is asserted.
     */
    @Test
    void yilianMeetsMoreObjectivesThanEveryBaseline() {
        PolicyReport y = REPORTS.get("yilian");
        for (String baseline : List.of("fcfs", "static", "vtc")) {
            assertThat(y.sloAll()).as(baseline).isGreaterThan(REPORTS.get(baseline).sloAll());
            assertThat(y.sloInteractive()).as(baseline).isGreaterThan(REPORTS.get(baseline).sloInteractive());
        }
    }

    @Test
    void theStaticSplitWastesCapacityTheOthersUse() {
        assertThat(REPORTS.get("static").workConservation()).isLessThan(REPORTS.get("yilian").workConservation());
    }
}
