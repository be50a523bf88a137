package com.yilian.scheduler.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Places counted in this process, for a gateway without Redis. Its core already keeps within the pools; the count
 * matters while a reload hands the queue to a new core: calls the old core started are still running, the new core
 * does not see them, and without this count it would start more sequences on a pool than it runs. Answers at once,
 * on the caller's thread; used from one event loop only.
 */
public final class LocalPlaceLedger implements PlaceLedger {
    private static final CompletionStage<Boolean> GRANTED = CompletableFuture.completedStage(true);
    private static final CompletionStage<Boolean> REFUSED = CompletableFuture.completedStage(false);

    private record Lease(String pool, String tenant) {
    }

    private final Map<String, Lease> leases = new HashMap<>();
    private final Map<String, Integer> heldByPool = new HashMap<>();
    private final Map<Lease, Integer> heldByTenant = new HashMap<>();

    @Override
    public CompletionStage<Boolean> acquire(String leaseId, String pool, String tenant, int poolLimit, int tenantLimit) {
        if (leases.containsKey(leaseId)) {
            return GRANTED;
        }
        Lease lease = new Lease(pool, tenant);
        if (heldByPool.getOrDefault(pool, 0) >= poolLimit || heldByTenant.getOrDefault(lease, 0) >= tenantLimit) {
            return REFUSED;
        }
        leases.put(leaseId, lease);
        heldByPool.merge(pool, 1, Integer::sum);
        heldByTenant.merge(lease, 1, Integer::sum);
        return GRANTED;
    }

    @Override
    public void release(String leaseId) {
        Lease lease = leases.remove(leaseId);
        if (lease != null) {
            heldByPool.merge(lease.pool(), -1, (a, b) -> a + b == 0 ? null : a + b);
            heldByTenant.merge(lease, -1, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    /** Places held now on {@code pool}. */
    public int held(String pool) {
        return heldByPool.getOrDefault(pool, 0);
    }

    @Override
    public boolean degraded() {
        return false;
    }

    @Override
    public void tick() {
        // nothing expires: a lease ends with its call
    }

    @Override
    public void close() {
        leases.clear();
        heldByPool.clear();
        heldByTenant.clear();
    }
}
