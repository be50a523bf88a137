package com.yilian.scheduler.capacity;

import com.yilian.tenants.Consortium;
import com.yilian.tenants.DataClass;
import com.yilian.tenants.ModelPool;
import com.yilian.tenants.PoolKind;
import com.yilian.tenants.Tenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns learned demand into replicas per local pool:
 * {@code ceil(predicted tokens/s ÷ (tokens/s per replica × target utilisation))} within the configured bounds. The
 * prediction is the busiest hour between now and now + lead time, so replicas are asked for before a morning peak
 * and kept until it has passed.
 */
public final class ReplicaPlanner {
    private final CapacitySettings settings;
    private final LoadLearner learner;
    private volatile Consortium consortium;
    /** Tenant id → the local pool its work lands on (the first local pool its PHI may use, else any local one). */
    private volatile Map<String, String> homePool;

    public ReplicaPlanner(Consortium consortium, LoadLearner learner, CapacitySettings settings) {
        this.learner = learner;
        this.settings = settings;
        update(consortium);
    }

    public void update(Consortium next) {
        Map<String, String> home = new LinkedHashMap<>();
        for (Tenant t : next.tenants()) {
            firstLocal(next, t.dataPolicy().poolsFor(DataClass.PHI))
                    .or(() -> firstLocal(next, allPools(t)))
                    .ifPresent(pool -> home.put(t.id(), pool));
        }
        this.consortium = next;
        this.homePool = home;
    }

    public List<PoolPlan> plan(long nowMs) {
        List<PoolPlan> plans = new ArrayList<>();
        long leadMs = settings.leadTime().toMillis();
        for (ModelPool pool : consortium.modelPools()) {
            if (pool.kind() != PoolKind.LOCAL) {
                continue;
            }
            double demand = 0;
            for (Map.Entry<String, String> e : homePool.entrySet()) {
                if (e.getValue().equals(pool.id())) {
                    demand += busiest(e.getKey(), nowMs, leadMs);
                }
            }
            int recommended = pool.tokensPerSecond() <= 0 ? pool.replicas()
                    : (int) Math.ceil(demand / (pool.tokensPerSecond() * settings.targetUtilisation()) - 1e-9);
            recommended = Math.max(settings.minReplicas(), Math.min(settings.maxReplicas(), recommended));
            plans.add(new PoolPlan(pool.id(), pool.kind().yamlName(), pool.replicas(), recommended, demand));
        }
        return plans;
    }

    /** The highest hourly rate the tenant is expected to reach from now until the end of the lead time. */
    private double busiest(String tenant, long nowMs, long leadMs) {
        double max = learner.predict(tenant, nowMs);
        for (long t = nowMs + 3_600_000; t <= nowMs + leadMs; t += 3_600_000) {
            max = Math.max(max, learner.predict(tenant, t));
        }
        return Math.max(max, learner.predict(tenant, nowMs + leadMs));
    }

    private static Optional<String> firstLocal(Consortium c, List<String> poolIds) {
        return poolIds.stream().filter(id -> c.pool(id).map(p -> p.kind() == PoolKind.LOCAL).orElse(false)).findFirst();
    }

    private static List<String> allPools(Tenant t) {
        return t.dataPolicy().poolsByDataClass().values().stream().flatMap(List::stream).toList();
    }
}
