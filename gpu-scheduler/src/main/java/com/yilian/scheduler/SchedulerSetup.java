package com.yilian.scheduler;

import com.yilian.tenants.Consortium;
import com.yilian.tenants.ModelPool;
import java.util.List;
import java.util.Map;

/**
 * Everything a policy needs to know up front: the tenants with their quotas and data policies, the pools with the
 * replicas this run uses, and the latency objectives.
 */
public record SchedulerSetup(Consortium consortium, List<PoolCapacity> pools, LatencyObjectives objectives) {
    public SchedulerSetup {
        pools = List.copyOf(pools);
    }

    public static SchedulerSetup of(Consortium consortium) {
        return of(consortium, Map.of());
    }

    /** @param replicas replicas per local pool id that replace the configured ones; pools not named keep theirs */
    public static SchedulerSetup of(Consortium consortium, Map<String, Integer> replicas) {
        List<PoolCapacity> pools = consortium.modelPools().stream()
                .map(p -> new PoolCapacity(p, replicas.getOrDefault(p.id(), p.replicas())))
                .toList();
        return new SchedulerSetup(consortium, pools, LatencyObjectives.defaults());
    }

    /** A plain loop over a handful of pools: the gateway asks on every dispatch. */
    public PoolCapacity pool(String id) {
        for (PoolCapacity p : pools) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no pool " + id);
    }

    public ModelPool modelPool(String id) {
        return pool(id).pool();
    }

    public int localSlots() {
        return pools.stream().mapToInt(PoolCapacity::slots).sum();
    }
}
