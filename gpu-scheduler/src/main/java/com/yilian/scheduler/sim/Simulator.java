package com.yilian.scheduler.sim;

import com.yilian.scheduler.Decision;
import com.yilian.scheduler.Dispatch;
import com.yilian.scheduler.InferenceRequest;
import com.yilian.scheduler.PoolCapacity;
import com.yilian.scheduler.Preemption;
import com.yilian.scheduler.Refusal;
import com.yilian.scheduler.Scheduler;
import com.yilian.scheduler.SchedulerSetup;
import com.yilian.tenants.DataClass;
import com.yilian.tenants.ModelPool;
import com.yilian.tenants.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Replays a trace against one policy on a virtual clock: the same events a gateway would send, at the times the
 * serving model (see {@link ServingModel}) says they happen. Event-driven, so a day of traffic takes seconds.
 */
public final class Simulator {
    private final SchedulerSetup setup;
    private final ServingModel model;

    public Simulator(SchedulerSetup setup, ServingModel model) {
        this.setup = setup;
        this.model = model;
    }

    private record RemoteCall(Sequence seq, double firstAtMs, double endAtMs) {
    }

    public PolicyReport run(Scheduler scheduler, List<TraceRecord> trace) {
        List<Tenant> tenants = setup.consortium().tenants();
        Map<String, Integer> tenantIndex = new HashMap<>();
        tenants.forEach(t -> tenantIndex.put(t.id(), tenantIndex.size()));
        List<PoolCapacity> pools = setup.pools();
        Replica[][] replicas = new Replica[pools.size()][];
        int localReplicas = 0;
        for (int p = 0; p < pools.size(); p++) {
            PoolCapacity pc = pools.get(p);
            int count = pc.local() ? pc.replicas() : 0;
            localReplicas += count;
            replicas[p] = new Replica[count];
            for (int r = 0; r < count; r++) {
                replicas[p][r] = new Replica(pc.pool().tokensPerSecond(), model);
            }
        }
        SimMetrics metrics = new SimMetrics(trace, tenants, setup.objectives());
        Map<Long, Sequence> running = new HashMap<>();
        PriorityQueue<RemoteCall> remote = new PriorityQueue<>((a, b) -> Double.compare(a.endAtMs, b.endAtMs));
        int[][] localRunning = new int[pools.size()][tenants.size()];
        int[] poolBusy = new int[pools.size()];
        boolean[] backlogged = new boolean[tenants.size()];
        int[][] waiting = new int[tenants.size()][DataClass.values().length];
        boolean[][][] allowed = allowedLocal(tenants);
        ReclaimTracker reclaim = new ReclaimTracker(tenants, pools.stream().mapToInt(PoolCapacity::slots).toArray());
        double now = 0;
        double nextTick = Double.POSITIVE_INFINITY;
        int next = 0;
        while (true) {
            double t = next < trace.size() ? trace.get(next).tMs() : Double.POSITIVE_INFINITY;
            for (Replica[] pool : replicas) {
                for (Replica r : pool) {
                    t = Math.min(t, r.nextAtMs);
                }
            }
            if (!remote.isEmpty()) {
                t = Math.min(t, remote.peek().endAtMs);
            }
            t = Math.max(now, Math.min(t, nextTick));
            if (t == Double.POSITIVE_INFINITY) {
                break;
            }
            for (Replica[] pool : replicas) {
                for (Replica r : pool) {
                    r.advance((t - now) / 1000, t);
                }
            }
            now = t;
            // Local sequences that reached their first token or their end.
            for (int p = 0; p < replicas.length; p++) {
                for (Replica r : replicas[p]) {
                    if (r.nextAtMs > now + 1e-6) {
                        continue;
                    }
                    for (int i = r.sequences.size() - 1; i >= 0; i--) {
                        Sequence s = r.sequences.get(i);
                        if (Replica.prefilled(s)) {
                            metrics.firstToken((int) s.request.id(), now);
                        }
                        if (Replica.done(s)) {
                            r.remove(s, now);
                            running.remove(s.request.id());
                            localRunning[s.pool][s.tenant]--;
                            poolBusy[p]--;
                            finish(scheduler, metrics, s, s.request.outputTokens() - s.tokensBefore, now);
                        }
                    }
                    r.schedule(now);
                }
            }
            while (!remote.isEmpty() && remote.peek().endAtMs <= now) {
                RemoteCall call = remote.poll();
                running.remove(call.seq.request.id());
                finish(scheduler, metrics, call.seq, call.seq.request.outputTokens() - call.seq.tokensBefore, now);
            }
            while (next < trace.size() && trace.get(next).tMs() <= now) {
                TraceRecord rec = trace.get(next);
                InferenceRequest req = rec.toRequest(next);
                Integer tenant = tenantIndex.get(rec.tenant());
                scheduler.onArrival(req, (long) now);
                if (tenant != null) {
                    waiting[tenant][rec.dataClass().ordinal()]++;
                }
                next++;
                if (nextTick == Double.POSITIVE_INFINITY) {
                    nextTick = now + model.tickMs();
                }
            }
            if (now >= nextTick) {
                for (Sequence s : running.values()) {
                    report(scheduler, metrics, s, produced(s, now), now);
                }
                for (int i = 0; i < tenants.size(); i++) {
                    backlogged[i] = scheduler.queued(tenants.get(i).id()) > 0;
                }
                int busy = 0;
                for (int b : poolBusy) {
                    busy += b;
                }
                metrics.tick(busy, usablePlaces(poolBusy, waiting, allowed), backlogged);
                nextTick = running.isEmpty() && scheduler.queued() == 0 && next >= trace.size()
                        ? Double.POSITIVE_INFINITY : now + model.tickMs();
            }
            Decision d = scheduler.decide((long) now);
            for (Preemption pre : d.preemptions()) {
                Sequence s = running.remove(pre.requestId());
                replicas[s.pool][s.replica].remove(s, now);
                localRunning[s.pool][s.tenant]--;
                poolBusy[s.pool]--;
                waiting[s.tenant][s.request.dataClass().ordinal()]++;
            }
            for (Dispatch dispatch : d.dispatches()) {
                InferenceRequest req = dispatch.request();
                int id = (int) req.id();
                int tenant = tenantIndex.get(req.tenantId());
                int p = poolIndex(dispatch.poolId());
                waiting[tenant][req.dataClass().ordinal()]--;
                int before = dispatch.tokensDoneSoFar();
                if (!dispatch.remote()) {
                    metrics.prefilled(id, tenant, req.promptTokens());
                }
                if (dispatch.remote()) {
                    ModelPool pool = pools.get(p).pool();
                    Sequence s = new Sequence(req, tenant, p, -1, before, 0);
                    double firstAt = now + model.remoteLatencyMs()
                            + (req.promptTokens() + before) / model.remotePrefillPerSecond() * 1000;
                    double endAt = firstAt + s.outputLeft / model.remoteDecodePerSequence() * 1000;
                    s.remoteFirstAtMs = firstAt;
                    metrics.remote(req, before, pool);
                    metrics.firstToken(id, firstAt);
                    running.put(req.id(), s);
                    remote.add(new RemoteCall(s, firstAt, endAt));
                } else {
                    Replica[] pool = replicas[p];
                    int best = 0;
                    for (int r = 1; r < pool.length; r++) {
                        if (pool[r].sequences.size() < pool[best].sequences.size()) {
                            best = r;
                        }
                    }
                    Sequence s = new Sequence(req, tenant, p, best,
                            before, (req.promptTokens() + before) / model.prefillSpeedup());
                    pool[best].add(s, now);
                    running.put(req.id(), s);
                    localRunning[p][tenant]++;
                    poolBusy[p]++;
                }
            }
            for (Refusal refusal : d.refusals()) {
                // A refused request never gets a first token: it counts against SLO attainment.
                Integer tenant = tenantIndex.get(refusal.request().tenantId());
                if (tenant != null) {
                    waiting[tenant][refusal.request().dataClass().ordinal()]--;
                }
            }
            reclaim.track(now, localRunning, poolBusy, waiting, allowed, metrics);
        }
        return metrics.report(now, localReplicas);
    }

    /**
     * Local places that could be in use now: on each pool, those running plus those queued requests may take
     * (a request waiting only for another pool does not make this one's idle places wasted), and no more in all
     * than there are requests running or queued.
     */
    private int usablePlaces(int[] poolBusy, int[][] waiting, boolean[][][] allowed) {
        int queued = 0;
        for (int[] byClass : waiting) {
            for (int w : byClass) {
                queued += w;
            }
        }
        int busy = 0;
        int usable = 0;
        for (int p = 0; p < poolBusy.length; p++) {
            busy += poolBusy[p];
            int eligible = 0;
            for (int t = 0; t < waiting.length; t++) {
                for (int c = 0; c < waiting[t].length; c++) {
                    eligible += allowed[t][c][p] ? waiting[t][c] : 0;
                }
            }
            usable += Math.min(setup.pools().get(p).slots(), poolBusy[p] + eligible);
        }
        return Math.min(usable, busy + queued);
    }

    private boolean[][][] allowedLocal(List<Tenant> tenants) {
        boolean[][][] allowed = new boolean[tenants.size()][DataClass.values().length][setup.pools().size()];
        for (int t = 0; t < tenants.size(); t++) {
            for (DataClass c : DataClass.values()) {
                for (String id : tenants.get(t).dataPolicy().poolsFor(c)) {
                    int p = poolIndex(id);
                    if (p >= 0 && setup.pools().get(p).local() && setup.pools().get(p).pool().mayReceive(c)) {
                        allowed[t][c.ordinal()][p] = true;
                    }
                }
            }
        }
        return allowed;
    }

    private int produced(Sequence s, double now) {
        if (s.replica >= 0) {
            return s.produced();
        }
        double tokens = (now - s.remoteFirstAtMs) / 1000 * model.remoteDecodePerSequence();
        return (int) Math.max(0, Math.min(s.request.outputTokens() - s.tokensBefore, Math.floor(tokens)));
    }

    private static void report(Scheduler scheduler, SimMetrics metrics, Sequence s, int produced, double now) {
        int delta = produced - s.reported;
        if (delta > 0) {
            s.reported = produced;
            scheduler.onTokens(s.request.id(), delta, (long) now);
            if (s.replica >= 0) {
                metrics.served(s.tenant, 2.0 * delta); // fairness is measured on the shared local GPUs
            }
        }
    }

    private static void finish(Scheduler scheduler, SimMetrics metrics, Sequence s, int produced, double now) {
        report(scheduler, metrics, s, produced, now);
        scheduler.onFinished(s.request.id(), (long) now);
        metrics.finished((int) s.request.id(), now);
    }

    private int poolIndex(String id) {
        for (int p = 0; p < setup.pools().size(); p++) {
            if (setup.pools().get(p).id().equals(id)) {
                return p;
            }
        }
        return -1;
    }
}
