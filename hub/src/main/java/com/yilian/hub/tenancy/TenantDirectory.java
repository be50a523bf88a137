package com.yilian.hub.tenancy;

import com.yilian.tenants.ConfigProblem;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The consortium configuration in force. A reload swaps it atomically; a rejected edit leaves it untouched and
 * is kept, with its problems, for IT to see.
 */
public class TenantDirectory {

    /** An edit of the consortium file that did not pass validation. */
    public record Rejection(Instant at, String sha256, List<ConfigProblem> problems) {
    }

    private volatile ConsortiumSnapshot current;
    private volatile Rejection lastRejection;
    private final List<Consumer<ConsortiumSnapshot>> listeners = new CopyOnWriteArrayList<>();

    public TenantDirectory(ConsortiumSnapshot initial) {
        this.current = initial;
    }

    public ConsortiumSnapshot current() {
        return current;
    }

    public Rejection lastRejection() {
        return lastRejection;
    }

    /** Listeners run on every accepted configuration, including the one in force when they register. */
    public void onChange(Consumer<ConsortiumSnapshot> listener) {
        listeners.add(listener);
        listener.accept(current);
    }

    void accept(ConsortiumSnapshot next) {
        current = next;
        lastRejection = null;
        listeners.forEach(listener -> listener.accept(next));
    }

    void reject(Rejection rejection) {
        lastRejection = rejection;
    }
}
