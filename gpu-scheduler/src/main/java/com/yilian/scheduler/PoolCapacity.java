package com.yilian.scheduler;

import com.yilian.tenants.ModelPool;
import com.yilian.tenants.PoolKind;

/**
 * A model pool as capacity: how many sequences it can run at once. A local pool runs
 * {@code replicas × maxConcurrentSequences} sequences; a remote pool is bounded by its rate limit instead, so it has
 * no slots here.
 *
 * @param replicas the replicas this run uses (the configuration's, or a simulator override)
 */
public record PoolCapacity(ModelPool pool, int replicas) {

    public static PoolCapacity of(ModelPool pool) {
        return new PoolCapacity(pool, pool.replicas());
    }

    public String id() {
        return pool.id();
    }

    public boolean local() {
        return pool.kind() == PoolKind.LOCAL;
    }

    /** Sequences the pool runs at once; 0 for a remote pool. */
    public int slots() {
        return local() ? replicas * pool.maxConcurrentSequences() : 0;
    }
}
