package com.yilian.scheduler;

import com.yilian.tenants.DataClass;
import java.util.ArrayDeque;

/**
 * One tenant's waiting requests, a FIFO per priority and data class: the data class decides which pools a request
 * may use, so the head of each FIFO is the only candidate to look at, and picking stays O(1) per tenant however
 * long the queue is.
 */
final class TenantQueue {
    private static final int PRIORITIES = Priority.values().length;
    private static final int CLASSES = DataClass.values().length;

    @SuppressWarnings("unchecked")
    private final ArrayDeque<Waiting>[] fifos = new ArrayDeque[PRIORITIES * CLASSES];
    private final int[] byPriority = new int[PRIORITIES];
    private int size;

    TenantQueue() {
        for (int i = 0; i < fifos.length; i++) {
            fifos[i] = new ArrayDeque<>();
        }
    }

    void addLast(Waiting w) {
        fifo(w).addLast(w);
        count(w, 1);
    }

    /** A pre-empted request goes back to the front: it has waited longest. */
    void addFirst(Waiting w) {
        fifo(w).addFirst(w);
        count(w, 1);
    }

    Waiting head(Priority p, DataClass c) {
        return fifos[p.ordinal() * CLASSES + c.ordinal()].peekFirst();
    }

    void remove(Waiting w) {
        ArrayDeque<Waiting> fifo = fifo(w);
        if (fifo.peekFirst() == w) {
            fifo.pollFirst();
        } else if (!fifo.remove(w)) {
            throw new IllegalStateException("request " + w.request.id() + " is not queued");
        }
        count(w, -1);
    }

    int size() {
        return size;
    }

    int size(Priority p) {
        return byPriority[p.ordinal()];
    }

    private ArrayDeque<Waiting> fifo(Waiting w) {
        return fifos[w.request.priority().ordinal() * CLASSES + w.request.dataClass().ordinal()];
    }

    private void count(Waiting w, int delta) {
        size += delta;
        byPriority[w.request.priority().ordinal()] += delta;
    }
}
