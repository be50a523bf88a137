package com.yilian.scheduler.bench;

import com.yilian.scheduler.Decision;
import com.yilian.scheduler.Dispatch;
import com.yilian.scheduler.InferenceRequest;
import com.yilian.scheduler.Priority;
import com.yilian.scheduler.Scheduler;
import com.yilian.scheduler.SchedulerSetup;
import com.yilian.scheduler.YilianScheduler;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.DataClass;
import com.yilian.tenants.DataPolicy;
import com.yilian.tenants.LocalizedName;
import com.yilian.tenants.ModelPool;
import com.yilian.tenants.PoolKind;
import com.yilian.tenants.Quota;
import com.yilian.tenants.Tenant;
import com.yilian.tenants.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * One scheduling decision of Yilian's policy with 10 tenants and 10,000 queued requests on full pools: a running
 * request finishes, one arrives, and {@code decide} picks who takes the free place (and checks reclaim and burst).
 * Sample mode, so JMH reports percentiles. Run it with the command in gpu-scheduler/README.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {
    private static final String[] POOLS = {"gpu-a", "gpu-b", "cloud"};
    private Scheduler scheduler;
    private final ArrayList<Long> running = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(1);
    private long ids;
    private long now;

    @Setup
    public void fill() {
        List<ModelPool> pools = List.of(
                new ModelPool(POOLS[0], PoolKind.LOCAL, "http://a", "m", 4, 64, 2400, 0, 0, 0, null),
                new ModelPool(POOLS[1], PoolKind.LOCAL, "http://b", "m", 2, 128, 3600, 0, 0, 0, null),
                new ModelPool(POOLS[2], PoolKind.REMOTE, "https://c", "m", 0, 0, 0, 600, 2, 8, "K"));
        DataPolicy policy = new DataPolicy(Map.of(DataClass.PHI, List.of(POOLS[0], POOLS[1]),
                DataClass.DEIDENTIFIED, List.of(POOLS[0], POOLS[2]), DataClass.PUBLIC, List.of(POOLS[2], POOLS[0])));
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tenants.add(new Tenant("t" + i, i == 0 ? Tier.TERTIARY : Tier.COMMUNITY, new LocalizedName("t", "t"),
                    i == 0 ? null : "t0", List.of(), List.of(), new Quota(0.1, 0.05, 0.3, 1_000_000, 600), policy,
                    Set.of()));
        }
        scheduler = new YilianScheduler(SchedulerSetup.of(
                new Consortium("bench", new LocalizedName("b", "b"), pools, tenants)));
        // Fill every place, then queue 10,000 requests.
        while (scheduler.queued() < 10_000) {
            arrive();
            collect(scheduler.decide(now));
        }
    }

    private void arrive() {
        Priority p = Priority.values()[random.nextInt(3)];
        scheduler.onArrival(new InferenceRequest(++ids, "t" + random.nextInt(10), p,
                DataClass.values()[random.nextInt(2)], 800, 200, now), now);
    }

    private void collect(Decision d) {
        for (Dispatch x : d.dispatches()) {
            if (!x.remote()) {
                running.add(x.request().id());
            } else {
                scheduler.onFinished(x.request().id(), now);
            }
        }
        d.preemptions().forEach(p -> running.remove(p.requestId()));
    }

    @Benchmark
    public Decision decide() {
        now += 1;
        int i = random.nextInt(running.size());
        long done = running.get(i);
        running.set(i, running.get(running.size() - 1));
        running.remove(running.size() - 1);
        scheduler.onTokens(done, 200, now);
        scheduler.onFinished(done, now);
        arrive();
        Decision d = scheduler.decide(now);
        collect(d);
        return d;
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(DecisionBenchmark.class.getSimpleName()).build()).run();
    }
}
