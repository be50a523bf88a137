package com.yilian.scheduler.shared;

import java.util.concurrent.CompletionStage;

/** A running total of tokens shared by the gateway's replicas, one counter per key (a tenant's day). */
public interface TokenTally extends AutoCloseable {

    /**
     * Adds {@code tokens} (0 only reads) to the counter, which expires at {@code expireAtEpochMs}; completes on the
     * owner's loop with the new total of all replicas, or exceptionally when the shared store is out of reach.
     */
    CompletionStage<Long> add(String key, long tokens, long expireAtEpochMs);

    @Override
    void close();
}
