package com.yilian.scheduler.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.sim.TraceGenerator;
import com.yilian.scheduler.sim.TraceRecord;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.ExampleConsortium;
import com.yilian.tenants.ModelPool;
import com.yilian.tenants.PoolKind;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Learning load by hour of day and recommending replicas ahead of the peak, on the generated consortium day. */
class ReplicaPlannerTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long DAY_MS = 86_400_000L;
    private static final long MIDNIGHT = ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, SHANGHAI).toInstant().toEpochMilli();
    private final Consortium consortium = ExampleConsortium.load().consortium();

    @Test
    void raisesReplicasBeforeTheMorningPeakOfTheSecondDay() {
        List<TraceRecord> day = new TraceGenerator(consortium, 7).generate(24);
        LoadLearner learner = new LoadLearner(SHANGHAI, 0.5);
        ReplicaPlanner planner = new ReplicaPlanner(consortium, learner, CapacitySettings.defaults());

        replay(learner, day, MIDNIGHT, 24);
        replay(learner, day, MIDNIGHT + DAY_MS, 3);
        List<PoolPlan> atThree = planner.plan(MIDNIGHT + DAY_MS + 3 * 3_600_000L);
        Map<String, Integer> overnight = recommended(atThree);
        replayFrom(learner, day, MIDNIGHT + DAY_MS, 3, 7);
        List<PoolPlan> atSeven = planner.plan(MIDNIGHT + DAY_MS + 7 * 3_600_000L);
        Map<String, Integer> beforePeak = recommended(atSeven);

        System.out.println("plans at 03:00 " + atThree + "\nplans at 07:00 for 08:00 " + atSeven);
        assertThat(beforePeak.keySet()).isEqualTo(localPools());
        int sumOvernight = overnight.values().stream().mapToInt(Integer::intValue).sum();
        int sumBeforePeak = beforePeak.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(sumBeforePeak).isGreaterThan(sumOvernight);
        beforePeak.forEach((pool, n) -> assertThat(n).as(pool).isGreaterThanOrEqualTo(overnight.get(pool)));
    }

    @Test
    void withoutLeadTimeTheSevenOClockPlanDoesNotSeeThePeakYet() {
        List<TraceRecord> day = new TraceGenerator(consortium, 7).generate(24);
        LoadLearner learner = new LoadLearner(SHANGHAI, 0.5);
        replay(learner, day, MIDNIGHT, 24);
        replay(learner, day, MIDNIGHT + DAY_MS, 7);
        long seven = MIDNIGHT + DAY_MS + 7 * 3_600_000L;
        CapacitySettings noLead = new CapacitySettings(0.7, Duration.ZERO, 1, 16, 0.5);

        double withLead = demand(new ReplicaPlanner(consortium, learner, CapacitySettings.defaults()).plan(seven));
        double without = demand(new ReplicaPlanner(consortium, learner, noLead).plan(seven));

        assertThat(withLead).isGreaterThan(without);
    }

    @Test
    void recommendsDemandOverReplicaThroughputAtTheTargetUtilisationWithinBounds() {
        ModelPool pool = consortium.modelPools().stream().filter(p -> p.kind() == PoolKind.LOCAL).findFirst().orElseThrow();
        List<String> tenantsHomedThere = consortium.tenants().stream()
                .filter(t -> t.dataPolicy().poolsFor(com.yilian.tenants.DataClass.PHI).stream().findFirst()
                        .equals(java.util.Optional.of(pool.id())))
                .map(t -> t.id()).toList();
        assertThat(tenantsHomedThere).isNotEmpty();
        LoadLearner learner = new LoadLearner(SHANGHAI, 1.0);
        double perTenant = 2.5 * pool.tokensPerSecond() * 0.7 / tenantsHomedThere.size(); // 2.5 replicas' worth
        for (long t = MIDNIGHT; t <= MIDNIGHT + DAY_MS; t += 60_000) {
            for (String tenant : tenantsHomedThere) {
                learner.observe(tenant, perTenant * 60, t);
            }
        }

        PoolPlan plan = new ReplicaPlanner(consortium, learner, CapacitySettings.defaults()).plan(MIDNIGHT + DAY_MS)
                .stream().filter(p -> p.pool().equals(pool.id())).findFirst().orElseThrow();
        PoolPlan capped = new ReplicaPlanner(consortium, learner, new CapacitySettings(0.7, Duration.ofHours(1), 1, 2, 0.5))
                .plan(MIDNIGHT + DAY_MS).stream().filter(p -> p.pool().equals(pool.id())).findFirst().orElseThrow();

        assertThat(plan.predictedTokensPerSecond()).isCloseTo(2.5 * pool.tokensPerSecond() * 0.7,
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(plan.recommended()).isEqualTo(3);
        assertThat(capped.recommended()).isEqualTo(2);
    }

    private java.util.Set<String> localPools() {
        return consortium.modelPools().stream().filter(p -> p.kind() == PoolKind.LOCAL).map(ModelPool::id)
                .collect(Collectors.toSet());
    }

    private static void replay(LoadLearner learner, List<TraceRecord> day, long dayStart, int untilHour) {
        replayFrom(learner, day, dayStart, 0, untilHour);
    }

    /** Feeds the day's records between two hours as the gateway would: output tokens plus a tenth of the prompt. */
    private static void replayFrom(LoadLearner learner, List<TraceRecord> day, long dayStart, int fromHour, int untilHour) {
        for (TraceRecord r : day) {
            if (r.tMs() >= fromHour * 3_600_000L && r.tMs() < untilHour * 3_600_000L) {
                learner.observe(r.tenant(), r.outputTokens() + r.promptTokens() * 0.1, dayStart + r.tMs());
            }
        }
    }

    private static Map<String, Integer> recommended(List<PoolPlan> plans) {
        return plans.stream().collect(Collectors.toMap(PoolPlan::pool, PoolPlan::recommended));
    }

    private static double demand(List<PoolPlan> plans) {
        return plans.stream().mapToDouble(PoolPlan::predictedTokensPerSecond).sum();
    }
}
