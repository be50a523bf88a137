package com.yilian.scheduler;

/** A queued request, with what it already produced if it was pre-empted. Mutable, owned by one scheduler. */
final class Waiting {
    final InferenceRequest request;
    final int tenant;
    /** Arrival order across all tenants; FIFO baselines compare it. */
    final long sequence;
    int tokensDone;
    boolean prefillCounted;

    Waiting(InferenceRequest request, int tenant, long sequence) {
        this.request = request;
        this.tenant = tenant;
        this.sequence = sequence;
    }
}
