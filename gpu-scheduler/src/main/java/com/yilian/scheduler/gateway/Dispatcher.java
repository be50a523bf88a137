package com.yilian.scheduler.gateway;

import com.yilian.scheduler.Decision;
import com.yilian.scheduler.Dispatch;
import com.yilian.scheduler.Policies;
import com.yilian.scheduler.Preemption;
import com.yilian.scheduler.Refusal;
import com.yilian.scheduler.Scheduler;
import com.yilian.scheduler.SchedulerSetup;
import com.yilian.scheduler.shared.PlaceLedger;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.DataClass;
import io.vertx.core.Vertx;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Carries out the scheduling core's decisions for the gateway: queues admitted calls, starts the dispatched ones
 * (after taking a shared place when replicas share Redis), gives up on calls that waited too long, and reports what
 * happened back to the core and to {@link CallAccounting}. Runs on the gateway's event loop only.
 */
final class Dispatcher {
    private final Vertx vertx;
    private final GatewaySettings settings;
    private final BackendRelay relay;
    private final CallAccounting accounting;
    private final LongSupplier clock;
    /** Shared in Redis across replicas, else this process's own count (which bounds the pools across a reload). */
    private final PlaceLedger ledger;
    /** Dispatched calls whose place the ledger refused; asked again on the tick and when a place frees. */
    private final Set<Call> refusedPlace = new LinkedHashSet<>();
    private final String replicaId = UUID.randomUUID().toString();
    private final Map<Long, Call> calls = new HashMap<>();
    private final Set<String> downPools = new HashSet<>();
    private Consortium consortium;
    private SchedulerSetup setup;
    private Scheduler core;
    private PlaceLimits limits;

    Dispatcher(Vertx vertx, Consortium consortium, GatewaySettings settings, BackendRelay relay,
               CallAccounting accounting, LongSupplier clock, PlaceLedger ledger) {
        this.vertx = vertx;
        this.settings = settings;
        this.relay = relay;
        this.accounting = accounting;
        this.clock = clock;
        this.ledger = ledger;
        this.consortium = consortium;
        this.setup = SchedulerSetup.of(consortium);
        this.core = Policies.create("yilian", setup).orElseThrow();
        this.limits = new PlaceLimits(setup);
    }

    SchedulerSetup setup() {
        return setup;
    }

    void submit(Call call) {
        call.core = core;
        calls.put(call.id(), call);
        setWaiting(call, true);
        call.response.closeHandler(v -> callerLeft(call));
        core.onArrival(call.request, call.request.arrivalMs());
        decide();
        // Most calls start at once: a queue-wait timer is only needed for one that is still waiting.
        if (!call.ended() && !call.running) {
            armQueueTimer(call);
        }
    }

    /** Runs on a timer: time alone can change decisions, and places refused by the shared count are asked for again. */
    void tick() {
        askAgainForPlaces();
        if (core.queued() > 0) {
            decide();
        }
    }

    /**
     * A new consortium: keys and quotas apply to the next call at once. When pools, quotas or data policies changed,
     * a new core takes over the queued calls; running calls finish under the core that started them, and the place
     * ledger, which counts both cores' calls, keeps the new core from starting more than a pool runs meanwhile.
     */
    void update(Consortium next) {
        SchedulerSetup nextSetup = SchedulerSetup.of(next);
        boolean sameScheduling = nextSetup.pools().equals(setup.pools()) && schedulingView(next).equals(schedulingView(consortium));
        consortium = next;
        if (sameScheduling) {
            return;
        }
        Scheduler old = core;
        setup = nextSetup;
        core = Policies.create("yilian", setup).orElseThrow();
        limits = new PlaceLimits(setup);
        long now = clock.getAsLong();
        calls.values().stream().filter(c -> c.core == old && c.dispatch == null && !c.ended())
                .sorted(Comparator.comparingLong(Call::id)).forEach(c -> {
                    old.withdraw(c.id(), now);
                    c.core = core;
                    core.onArrival(c.request, now);
                });
        decide();
    }

    private static List<?> schedulingView(Consortium c) {
        return c.tenants().stream().map(t -> List.of(t.id(), t.quota(), t.dataPolicy())).toList();
    }

    /** Carries out decisions until the core has nothing more to say (a dispatch of a call gone away frees a place). */
    private void decide() {
        for (Decision d = core.decide(clock.getAsLong()); !d.isEmpty(); d = core.decide(clock.getAsLong())) {
            d.preemptions().forEach(this::preempt);
            d.refusals().forEach(this::refuse);
            d.dispatches().forEach(this::dispatch);
        }
    }

    private void refuse(Refusal r) {
        Call call = calls.remove(r.request().id());
        if (call != null && call.end()) {
            settle(call);
            accounting.refused(call, r.request().dataClass() == DataClass.PHI);
            Answers.fail(call.response, 403, "refused", r.reason());
        }
    }

    /**
     * The core has queued the call again and will dispatch it anew. A call whose caller has seen nothing yet is simply
     * sent again then; a stream already under way cannot be resumed invisibly, so it ends with an error event now.
     */
    private void preempt(Preemption p) {
        Call call = calls.get(p.requestId());
        if (call == null) {
            return;
        }
        leavePlace(call);
        call.stopBackend();
        if (call.stream && call.response.headWritten() && call.end()) {
            calls.remove(call.id());
            settle(call);
            call.response.end("data: " + Answers.error("preempted",
                    "the request was pre-empted to give capacity back to its owner; retry it").encode() + "\n\n");
            return;
        }
        setWaiting(call, true);
        armQueueTimer(call);
    }

    private void dispatch(Dispatch dispatch) {
        long id = dispatch.request().id();
        Call call = calls.get(id);
        if (call == null || call.ended()) {
            calls.remove(id);
            core.onFinished(id, clock.getAsLong()); // nobody waits for it: free the place at once
            return;
        }
        call.dispatch = dispatch;
        call.pool = setup.modelPool(dispatch.poolId());
        accounting.placeTaken(call);
        if (dispatch.remote()) {
            start(call);
        } else {
            acquire(call);
        }
    }

    /** Asks the shared count for a place; refused, the call keeps its place in this core and asks again on the tick. */
    private void acquire(Call call) {
        if (call.acquiring) {
            return;
        }
        call.acquiring = true;
        Dispatch asked = call.dispatch;
        String lease = replicaId + ":" + call.id() + ":" + call.attempt;
        ledger.acquire(lease, asked.poolId(), call.request.tenantId(), limits.pool(asked.poolId()),
                limits.tenant(asked.poolId(), call.request.tenantId())).whenComplete((granted, error) -> {
                    call.acquiring = false;
                    boolean wanted = call.dispatch == asked && !call.ended() && !call.running;
                    if (Boolean.TRUE.equals(granted) && wanted) {
                        refusedPlace.remove(call);
                        call.leaseId = lease;
                        start(call);
                    } else if (Boolean.TRUE.equals(granted)) {
                        ledger.release(lease);
                    } else if (wanted) {
                        refusedPlace.add(call);
                    }
                });
    }

    /** Dispatched calls the count refused (another replica, or an old core after a reload, holds the places). */
    private void askAgainForPlaces() {
        if (refusedPlace.isEmpty()) {
            return;
        }
        for (Call call : List.copyOf(refusedPlace)) {
            if (call.dispatch != null && !call.running && !call.ended()) {
                acquire(call);
            } else {
                refusedPlace.remove(call);
            }
        }
    }

    private void start(Call call) {
        setWaiting(call, false);
        cancelQueueTimer(call);
        accounting.started(call);
        relay.send(call, call.pool, new BackendRelay.Events() {
            @Override
            public void tokens(int n) {
                call.core.onTokens(call.id(), n, clock.getAsLong());
                accounting.outputTokens(call, n);
            }

            @Override
            public void firstByte() {
                accounting.firstByte(call);
            }

            @Override
            public void promptTokens(int n) {
                call.promptTokens = n;
            }

            @Override
            public void ended(boolean ok) {
                if (ok) {
                    downPools.remove(call.pool.id());
                } else {
                    downPools.add(call.pool.id());
                }
                finished(call, ok);
            }
        });
    }

    private void finished(Call call, boolean ok) {
        call.end();
        calls.remove(call.id());
        leavePlace(call);
        call.core.onFinished(call.id(), clock.getAsLong());
        accounting.finished(call, ok);
        askAgainForPlaces();
        decide();
    }

    private void callerLeft(Call call) {
        if (call.ended()) {
            return;
        }
        boolean placed = call.dispatch != null;
        call.stopBackend();
        call.end();
        calls.remove(call.id());
        settle(call);
        if (placed) {
            leavePlace(call);
            call.core.onFinished(call.id(), clock.getAsLong());
            decide();
        } else {
            call.core.withdraw(call.id(), clock.getAsLong());
        }
    }

    /** The queue-wait limit: a call never waits forever, e.g. for a share smaller than one place. */
    private void armQueueTimer(Call call) {
        cancelQueueTimer(call);
        long waitMs = settings.maxQueueWait(call.request.priority()).toMillis();
        call.queueTimer = vertx.setTimer(waitMs, t -> {
            call.queueTimer = -1;
            if (!call.ended() && !call.running) {
                giveUp(call, waitMs);
            }
        });
    }

    private void giveUp(Call call, long waitMs) {
        boolean placed = call.dispatch != null;
        call.end();
        calls.remove(call.id());
        settle(call);
        if (placed) {
            leavePlace(call);
            call.core.onFinished(call.id(), clock.getAsLong());
        } else {
            call.core.withdraw(call.id(), clock.getAsLong());
        }
        List<String> usable = consortium.tenant(call.request.tenantId())
                .map(t -> t.dataPolicy().poolsFor(call.request.dataClass())).orElse(List.of());
        accounting.gaveUp(call);
        if (!usable.isEmpty() && downPools.containsAll(usable)) {
            Answers.poolsUnavailable(call.response, usable);
        } else {
            Answers.queueWaitExceeded(call.response, call.request.priority().wireName(), waitMs / 1000);
        }
        if (placed) {
            decide();
        }
    }

    /** Undoes what holding a place did (borrowed gauge, shared lease); the call may be queued again or be over. */
    private void leavePlace(Call call) {
        if (call.dispatch != null) {
            accounting.placeLeft(call);
            call.dispatch = null;
        }
        if (call.leaseId != null) {
            ledger.release(call.leaseId);
            call.leaseId = null;
        }
    }

    private void settle(Call call) {
        setWaiting(call, false);
        cancelQueueTimer(call);
    }

    private void setWaiting(Call call, boolean waiting) {
        if (call.waiting != waiting) {
            call.waiting = waiting;
            accounting.waiting(call, waiting);
        }
    }

    private void cancelQueueTimer(Call call) {
        if (call.queueTimer >= 0) {
            vertx.cancelTimer(call.queueTimer);
            call.queueTimer = -1;
        }
    }

    void stop() {
        calls.values().forEach(Call::stopBackend);
        ledger.close();
    }
}
