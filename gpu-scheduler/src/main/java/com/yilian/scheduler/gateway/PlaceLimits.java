package com.yilian.scheduler.gateway;

import com.yilian.scheduler.PoolCapacity;
import com.yilian.scheduler.SchedulerSetup;
import com.yilian.tenants.Quota;
import com.yilian.tenants.Tenant;
import java.util.HashMap;
import java.util.Map;

/**
 * The limits the shared place count enforces across replicas: a pool's places, and the most a tenant may hold on it
 * (guarantee + borrow limit + the part nobody is guaranteed, as the core's own rule). At least one place, so that a
 * tenant with a share smaller than one place still runs when the pool is idle.
 */
final class PlaceLimits {
    private final Map<String, Integer> pools = new HashMap<>();
    private final Map<String, Integer> tenants = new HashMap<>();

    PlaceLimits(SchedulerSetup setup) {
        double reserved = setup.consortium().tenants().stream().mapToDouble(t -> t.quota().guaranteed()).sum();
        double unreserved = Math.max(0, 1 - reserved);
        for (PoolCapacity pool : setup.pools()) {
            pools.put(pool.id(), pool.slots());
            for (Tenant t : setup.consortium().tenants()) {
                Quota q = t.quota();
                int cap = (int) Math.floor(Math.min(1, q.guaranteed() + q.borrowLimit() + unreserved) * pool.slots() + 1e-9);
                tenants.put(pool.id() + "\n" + t.id(), Math.max(1, cap));
            }
        }
    }

    int pool(String poolId) {
        return pools.getOrDefault(poolId, 0);
    }

    int tenant(String poolId, String tenantId) {
        return tenants.getOrDefault(poolId + "\n" + tenantId, 1);
    }
}
