package com.yilian.hub.worker;

import java.time.Duration;

/**
 * Tells the idle fetch loop that new work may be waiting, so it fetches at once instead of sleeping out its back-off.
 * A signal raised while the loop is busy is kept and ends its next wait at once: no signal is lost between a fetch
 * that found nothing and the wait that follows it. Raising is cheap (no database access) and may happen often.
 */
public final class WorkSignal {

    private final Object monitor = new Object();
    private boolean raised;

    public void raise() {
        synchronized (monitor) {
            raised = true;
            monitor.notifyAll();
        }
    }

    /** Waits until raised or until {@code timeout} has passed, and clears the signal. */
    void await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            long left;
            // Loop: Object.wait may return early without a notify (spurious wake-up).
            while (!raised && (left = deadline - System.nanoTime()) > 0) {
                monitor.wait(Math.max(left / 1_000_000, 1));
            }
            raised = false;
        }
    }
}
