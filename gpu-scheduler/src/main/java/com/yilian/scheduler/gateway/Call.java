package com.yilian.scheduler.gateway;

import com.yilian.scheduler.Dispatch;
import com.yilian.scheduler.InferenceRequest;
import com.yilian.scheduler.Scheduler;
import com.yilian.tenants.ModelPool;
import io.prometheus.client.Counter;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * One chat completion between arrival and its end: what the caller sent, where its answer goes, and the backend
 * request carrying it now. Touched only on the gateway's event loop.
 */
final class Call {
    final InferenceRequest request;
    final JsonObject body;
    final boolean stream;
    final HttpServerResponse response;
    /** Bumped on every dispatch, so that late events of a pre-empted attempt are recognised and dropped. */
    int attempt;
    HttpClientRequest backend;
    boolean running;
    /** The core that owns the call: after a reload that changed pools or quotas, running calls stay with the old one. */
    Scheduler core;
    /** The core's current dispatch; null while queued. With shared places it may wait for a lease before running. */
    Dispatch dispatch;
    /** Counted in the queue-depth gauge (queued, or dispatched but not yet granted a shared place). */
    boolean waiting;
    boolean acquiring;
    String leaseId;
    long queueTimer = -1;
    long firstByteMs = -1;
    int outputTokens;
    boolean startedOnce;
    /** When the call first got a place (epoch ms), for its GPU time; -1 before. */
    long startedAtMs = -1;
    int promptTokens;
    /** The pool of the current attempt, kept for accounting even if a reload removes it. */
    ModelPool pool;
    /** The output-token counter of {@link #outputCounterPool}'s labels, so streamed chunks skip the label lookup. */
    Counter.Child outputCounter;
    ModelPool outputCounterPool;
    private boolean ended;

    Call(InferenceRequest request, JsonObject body, boolean stream, HttpServerResponse response) {
        this.request = request;
        this.body = body;
        this.stream = stream;
        this.response = response;
    }

    long id() {
        return request.id();
    }

    boolean ended() {
        return ended;
    }

    /** Marks the call over; true only the first time, so the scheduler hears of each end exactly once. */
    boolean end() {
        if (ended) {
            return false;
        }
        ended = true;
        return true;
    }

    /** Drops the backend request of the current attempt, e.g. on pre-emption or when the caller went away. */
    void stopBackend() {
        attempt++;
        if (backend != null) {
            backend.reset();
            backend = null;
        }
        running = false;
    }
}
