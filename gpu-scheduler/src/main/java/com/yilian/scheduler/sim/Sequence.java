package com.yilian.scheduler.sim;

import com.yilian.scheduler.InferenceRequest;

/** A request running on a simulated replica or remote pool. Mutable, owned by one simulation. */
final class Sequence {
    final InferenceRequest request;
    final int tenant;
    final int pool;
    final int replica;
    /** Output tokens already produced before this run (after a pre-emption). */
    final int tokensBefore;
    /** Prefill work left, in decode-token equivalents. */
    double prefillLeft;
    double outputLeft;
    /** Output tokens already told to the scheduler. */
    int reported;
    /** Remote calls only: when the first token arrives. */
    double remoteFirstAtMs;

    Sequence(InferenceRequest request, int tenant, int pool, int replica, int tokensBefore, double prefillWork) {
        this.request = request;
        this.tenant = tenant;
        this.pool = pool;
        this.replica = replica;
        this.tokensBefore = tokensBefore;
        this.prefillLeft = prefillWork;
        this.outputLeft = request.outputTokens() - tokensBefore;
    }

    /** Output tokens produced in this run, whole tokens only. */
    int produced() {
        return (int) Math.floor(request.outputTokens() - tokensBefore - outputLeft + 1e-6);
    }
}
