package com.yilian.scheduler;

/**
 * A scheduling policy, driven by events. Not thread-safe by design: one event loop (the gateway's Vert.x context,
 * or the simulator's virtual clock) owns it, so a decision needs no lock and the same events always give the same
 * decisions. Times are milliseconds on the driver's clock and must not go backwards.
 *
 * <p>The driver reports what happened ({@link #onArrival}, {@link #onTokens}, {@link #onFinished}) and then asks
 * {@link #decide} what to start, stop or refuse; it must carry out the whole {@link Decision} before the next event.
 */
public interface Scheduler {

    /** The policy's name as the simulator's {@code --policies} option spells it. */
    String name();

    /** A request was admitted by the gateway and waits for a place. */
    void onArrival(InferenceRequest request, long nowMs);

    /** A running request produced output tokens (reported in any grouping, e.g. per streamed chunk or per second). */
    void onTokens(long requestId, int tokens, long nowMs);

    /** A running request ended (done, failed or cancelled); its place is free. */
    void onFinished(long requestId, long nowMs);

    /**
     * The gateway gives up on a queued request (it waited too long, or its caller went away). Returns false when the
     * request is not queued: it runs, or was never seen; a running one ends with {@link #onFinished} instead.
     */
    boolean withdraw(long requestId, long nowMs);

    /** What to do now. Calling it again without a new event returns an empty decision. */
    Decision decide(long nowMs);

    /** Requests waiting for a place. */
    int queued();

    /** Requests waiting for a place for this tenant. */
    int queued(String tenantId);
}
