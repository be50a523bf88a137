package com.yilian.scheduler;

/** A request that holds a place on a pool. Mutable, owned by one scheduler. */
final class Running {
    final Waiting waiting;
    /** Index into the scheduler's pools. */
    final int pool;
    final boolean remote;
    final boolean borrowed;
    final long startedMs;
    /** Tokens of this dispatch have arrived. */
    boolean answering;

    Running(Waiting waiting, int pool, boolean remote, boolean borrowed, long startedMs) {
        this.waiting = waiting;
        this.pool = pool;
        this.remote = remote;
        this.borrowed = borrowed;
        this.startedMs = startedMs;
    }
}
