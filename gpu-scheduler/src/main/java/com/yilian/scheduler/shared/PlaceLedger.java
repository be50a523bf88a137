package com.yilian.scheduler.shared;

import java.util.concurrent.CompletionStage;

/**
 * Places on the local pools counted across all gateway replicas, so that together they never start more sequences
 * on a pool than it runs. Each replica's core decides who goes next; the ledger only says whether a place is free
 * consortium-wide. Calls complete on the owner's event loop.
 */
public interface PlaceLedger extends AutoCloseable {

    /**
     * Takes a place on {@code pool} for {@code tenant} if fewer than {@code poolLimit} are taken on the pool and
     * fewer than {@code tenantLimit} by the tenant there; completes with whether it got one.
     */
    CompletionStage<Boolean> acquire(String leaseId, String pool, String tenant, int poolLimit, int tenantLimit);

    /** Gives a place back; unknown leases are ignored. */
    void release(String leaseId);

    /** True while the shared count is out of reach and this replica keeps to its safe share. */
    boolean degraded();

    /** Housekeeping the owner's loop runs about once a second: renew leases, reconnect, recover. */
    void tick();

    @Override
    void close();
}
