package com.yilian.scheduler;

import com.yilian.tenants.DataClass;
import com.yilian.tenants.Tenant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping every policy shares: queues per tenant, what runs where, data-policy routing and refusals.
 * A policy only says which queued request takes a free local place ({@link #choose}), and may pre-empt or burst.
 * Data policy is enforced here, once, for every policy: a request only ever reaches a pool that its tenant lists
 * for its data class and that may receive that class, so PHI never reaches a remote pool whatever a policy does.
 */
public abstract class BaseScheduler implements Scheduler {
    private static final Priority[] PRIORITIES = Priority.values();
    private static final DataClass[] CLASSES = DataClass.values();

    protected final SchedulerSetup setup;
    protected final List<Tenant> tenants;
    protected final PoolCapacity[] pools;
    protected final int[] localPools;
    protected final int[] slots;
    /** [tenant][data class][pool]: may this tenant's data of this class run on this local pool. */
    protected final boolean[][][] allowedLocal;
    /** [tenant][data class]: the preferred remote pool for this class, or -1 when none may receive it. */
    protected final int[][] remoteFor;
    protected final TenantQueue[] queues;
    protected final boolean[] backlogged;
    /** [pool][tenant]: sequences running. */
    protected final int[][] runningOn;
    protected final int[] busy;
    protected final Map<Long, Running> running = new HashMap<>();
    protected final VirtualCounters counters;
    private final Map<String, Integer> tenantIndex = new HashMap<>();
    private final boolean[][] anyLocal;
    private final RateWindow[] rates;
    private final List<Refusal> refusals = new ArrayList<>();
    private final int[] queuedByPriority = new int[PRIORITIES.length];
    private final Map<Long, Waiting> queuedById = new HashMap<>();
    private long sequence;

    protected BaseScheduler(SchedulerSetup setup) {
        this.setup = setup;
        this.tenants = setup.consortium().tenants();
        this.pools = setup.pools().toArray(PoolCapacity[]::new);
        this.localPools = java.util.stream.IntStream.range(0, pools.length).filter(i -> pools[i].local()).toArray();
        this.slots = setup.pools().stream().mapToInt(PoolCapacity::slots).toArray();
        int n = tenants.size();
        this.allowedLocal = new boolean[n][CLASSES.length][pools.length];
        this.anyLocal = new boolean[n][CLASSES.length];
        this.remoteFor = new int[n][CLASSES.length];
        this.queues = new TenantQueue[n];
        this.backlogged = new boolean[n];
        this.runningOn = new int[pools.length][n];
        this.busy = new int[pools.length];
        this.rates = setup.pools().stream().map(p -> new RateWindow(p.pool().requestsPerMinute()))
                .toArray(RateWindow[]::new);
        double[] shares = new double[n];
        for (int t = 0; t < n; t++) {
            Tenant tenant = tenants.get(t);
            tenantIndex.put(tenant.id(), t);
            queues[t] = new TenantQueue();
            shares[t] = tenant.quota().share();
            for (DataClass c : CLASSES) {
                remoteFor[t][c.ordinal()] = -1;
                for (String poolId : tenant.dataPolicy().poolsFor(c)) {
                    int p = poolIndex(poolId);
                    if (p < 0 || !pools[p].pool().mayReceive(c)) {
                        continue;
                    }
                    if (pools[p].local()) {
                        allowedLocal[t][c.ordinal()][p] = slots[p] > 0;
                        anyLocal[t][c.ordinal()] |= slots[p] > 0;
                    } else if (remoteFor[t][c.ordinal()] < 0) {
                        remoteFor[t][c.ordinal()] = p;
                    }
                }
            }
        }
        this.counters = new VirtualCounters(shares);
    }

    /** Which queued request takes a free place on this local pool now; null leaves the place free. */
    protected abstract Waiting choose(int pool, long nowMs);

    /** Before local dispatch: pre-empt work to give lenders their capacity back. Default: never. */
    protected void reclaim(long nowMs, List<Preemption> preemptions, List<Dispatch> dispatches) {
    }

    /** After local dispatch: send queued non-PHI work to a remote pool. Default: only work no local pool may run. */
    protected void burst(long nowMs, List<Dispatch> dispatches) {
    }

    protected void finished(Running r, long nowMs) {
    }

    /** The first tokens of a dispatch (local or remote) arrived: the dispatch's time to first token is known. */
    protected void firstTokens(Running r, long nowMs) {
    }

    @Override
    public void onArrival(InferenceRequest request, long nowMs) {
        Integer t = tenantIndex.get(request.tenantId());
        if (t == null) {
            refusals.add(new Refusal(request, "unknown tenant " + request.tenantId()));
            return;
        }
        int c = request.dataClass().ordinal();
        if (!anyLocal[t][c] && remoteFor[t][c] < 0) {
            String why = request.dataClass() == DataClass.PHI
                    ? "PHI may only run on a local pool, and tenant " + request.tenantId() + " lists none for it"
                    : "tenant " + request.tenantId() + " lists no pool for " + request.dataClass().yamlName() + " data";
            refusals.add(new Refusal(request, why));
            return;
        }
        enqueue(new Waiting(request, t, sequence++), false);
    }

    @Override
    public void onTokens(long requestId, int tokens, long nowMs) {
        Running r = running.get(requestId);
        if (r != null && tokens > 0) {
            if (!r.answering) {
                r.answering = true;
                firstTokens(r, nowMs);
            }
            r.waiting.tokensDone += tokens;
            if (!r.remote) {
                counters.serveOutput(r.waiting.tenant, tokens); // counters share the local GPUs; remote is paid per token
            }
        }
    }

    @Override
    public void onFinished(long requestId, long nowMs) {
        Running r = running.remove(requestId);
        if (r == null) {
            return; // pre-empted, or never ours: nothing holds a place
        }
        if (!r.remote) {
            runningOn[r.pool][r.waiting.tenant]--;
            busy[r.pool]--;
        }
        finished(r, nowMs);
    }

    @Override
    public boolean withdraw(long requestId, long nowMs) {
        Waiting w = queuedById.get(requestId);
        if (w == null) {
            return false;
        }
        dequeue(w);
        return true;
    }

    @Override
    public Decision decide(long nowMs) {
        List<Preemption> preemptions = new ArrayList<>(0);
        List<Dispatch> dispatches = new ArrayList<>();
        reclaim(nowMs, preemptions, dispatches);
        for (int p : localPools) {
            while (busy[p] < slots[p]) {
                Waiting w = choose(p, nowMs);
                if (w == null) {
                    break;
                }
                startLocal(w, p, nowMs, dispatches);
            }
        }
        remoteOnly(nowMs, dispatches);
        burst(nowMs, dispatches);
        if (preemptions.isEmpty() && dispatches.isEmpty() && refusals.isEmpty()) {
            return Decision.NOTHING;
        }
        Decision d = new Decision(preemptions, dispatches, refusals);
        refusals.clear();
        return d;
    }

    @Override
    public int queued() {
        int n = 0;
        for (int q : queuedByPriority) {
            n += q;
        }
        return n;
    }

    @Override
    public int queued(String tenantId) {
        Integer t = tenantIndex.get(tenantId);
        return t == null ? 0 : queues[t].size();
    }

    protected int queued(Priority p) {
        return queuedByPriority[p.ordinal()];
    }

    /** The head this tenant would run next on the pool: oldest first, or most urgent priority then oldest. */
    protected Waiting head(int t, int pool, boolean byPriority) {
        Waiting best = null;
        for (Priority pr : PRIORITIES) {
            for (DataClass c : CLASSES) {
                if (allowedLocal[t][c.ordinal()][pool]) {
                    Waiting w = queues[t].head(pr, c);
                    if (w != null && (best == null || w.sequence < best.sequence)) {
                        best = w;
                    }
                }
            }
            if (byPriority && best != null) {
                return best;
            }
        }
        return best;
    }

    protected double guaranteedSlots(int t, int pool) {
        return tenants.get(t).quota().guaranteed() * slots[pool];
    }

    protected void startLocal(Waiting w, int pool, long nowMs, List<Dispatch> dispatches) {
        dequeue(w);
        int t = w.tenant;
        boolean borrowed = runningOn[pool][t] + 1 > guaranteedSlots(t, pool) + 1e-9;
        runningOn[pool][t]++;
        busy[pool]++;
        running.put(w.request.id(), new Running(w, pool, false, borrowed, nowMs));
        countPrompt(w);
        dispatches.add(new Dispatch(w.request, pools[pool].id(), false, borrowed, w.tokensDone));
    }

    protected boolean remoteAllows(int pool, long nowMs) {
        return rates[pool].allows(nowMs);
    }

    protected void startRemote(Waiting w, int pool, long nowMs, List<Dispatch> dispatches) {
        if (!pools[pool].pool().mayReceive(w.request.dataClass()) || pools[pool].local()) {
            throw new IllegalStateException("request " + w.request.id() + " may not go to " + pools[pool].id());
        }
        dequeue(w);
        rates[pool].record(nowMs);
        running.put(w.request.id(), new Running(w, pool, true, false, nowMs));
        dispatches.add(new Dispatch(w.request, pools[pool].id(), true, false, w.tokensDone));
    }

    protected void preempt(Running r, List<Preemption> preemptions) {
        running.remove(r.waiting.request.id());
        runningOn[r.pool][r.waiting.tenant]--;
        busy[r.pool]--;
        enqueue(r.waiting, true);
        preemptions.add(new Preemption(r.waiting.request.id(), pools[r.pool].id(), r.waiting.request.tenantId()));
    }

    private void remoteOnly(long nowMs, List<Dispatch> dispatches) {
        for (int t = 0; t < queues.length; t++) {
            for (DataClass c : CLASSES) {
                int remote = remoteFor[t][c.ordinal()];
                if (anyLocal[t][c.ordinal()] || remote < 0) {
                    continue;
                }
                for (Priority pr : PRIORITIES) {
                    Waiting w;
                    while ((w = queues[t].head(pr, c)) != null && remoteAllows(remote, nowMs)) {
                        startRemote(w, remote, nowMs, dispatches);
                    }
                }
            }
        }
    }

    private void countPrompt(Waiting w) {
        if (!w.prefillCounted) {
            w.prefillCounted = true;
            counters.servePrompt(w.tenant, w.request.promptTokens());
        }
    }

    private void enqueue(Waiting w, boolean front) {
        int t = w.tenant;
        if (queues[t].size() == 0) {
            if (!front) {
                counters.lift(t, backlogged);
            }
            backlogged[t] = true;
        }
        if (front) {
            queues[t].addFirst(w);
        } else {
            queues[t].addLast(w);
        }
        queuedByPriority[w.request.priority().ordinal()]++;
        queuedById.put(w.request.id(), w);
    }

    private void dequeue(Waiting w) {
        queues[w.tenant].remove(w);
        queuedById.remove(w.request.id());
        queuedByPriority[w.request.priority().ordinal()]--;
        if (queues[w.tenant].size() == 0) {
            backlogged[w.tenant] = false;
            counters.left(w.tenant);
        }
    }

    private int poolIndex(String id) {
        for (int i = 0; i < pools.length; i++) {
            if (pools[i].id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
