package com.yilian.scheduler.gateway;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load generator: requests leave at fixed intervals whatever happened to the earlier ones, alternating
 * between the targets request by request, and every latency counts from the moment the request was due (its intended
 * send time), so a stall anywhere shows up in full instead of slowing the load down (no coordinated omission).
 * Runs in its own Vert.x instance with one event loop; a plain thread keeps the schedule.
 */
final class OpenLoopLoad implements AutoCloseable {
    /** One way to reach the model, e.g. directly or through the gateway. */
    record Target(String name, int port, String uri, List<String[]> headers) {
    }

    /** What one target saw in the measured phase; latencies in microseconds from the intended send time. */
    static final class Stats {
        final String name;
        final Histogram ttft = new Histogram(120_000_000L, 3);
        final Histogram total = new Histogram(120_000_000L, 3);
        long sent;
        long errors;
        String firstError;

        Stats(String name) {
            this.name = name;
        }
    }

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final Context context = vertx.getOrCreateContext();
    private final HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
            .setTcpNoDelay(true), new PoolOptions().setHttp1MaxSize(4096).setMaxWaitQueueSize(-1));
    private final List<Target> targets;
    private final Buffer body;
    /** How far behind schedule requests left (µs): if large, the load generator, not the servers, set the pace. */
    final Histogram sendLag = new Histogram(120_000_000L, 3);
    private int inFlight;

    OpenLoopLoad(List<Target> targets, boolean stream) {
        this.targets = targets;
        this.body = Buffer.buffer("{\"model\":\"m\",\"stream\":" + stream + ",\"max_tokens\":64,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"cough for two days, no fever\"}]}");
    }

    /**
     * Sends {@code ratePerTarget} requests a second to every target for {@code warmupS + measureS} seconds, then
     * waits for the answers. Only requests due in the last {@code measureS} seconds are measured; {@code atMeasureStart}
     * and {@code atMeasureEnd} run on a thread of their own at those moments.
     */
    Stats[] run(double ratePerTarget, double warmupS, double measureS, Runnable atMeasureStart, Runnable atMeasureEnd)
            throws InterruptedException {
        Stats[] stats = targets.stream().map(t -> new Stats(t.name())).toArray(Stats[]::new);
        double periodNs = 1e9 / (ratePerTarget * targets.size());
        long t0 = System.nanoTime() + 50_000_000L;
        long measureFrom = t0 + (long) (warmupS * 1e9);
        long end = measureFrom + (long) (measureS * 1e9);
        Thread marks = new Thread(() -> {
            LockSupport.parkNanos(measureFrom - System.nanoTime());
            atMeasureStart.run();
            LockSupport.parkNanos(end - System.nanoTime());
            atMeasureEnd.run();
        }, "measure-marks");
        marks.setDaemon(true);
        marks.start();
        // Intended send times: the rate rises from a tenth to full over the first half of the warm-up (cold JIT
        // code at full rate would pile up connections the servers then keep), and is constant while measured.
        long rampNs = (long) (warmupS * 1e9 / 2);
        long count = 0;
        double next = t0;
        while (next < end) {
            long now = System.nanoTime();
            if (now < (long) next) {
                LockSupport.parkNanos((long) next - now);
                continue;
            }
            List<long[]> due = new ArrayList<>();
            while ((long) next <= now && next < end) {
                due.add(new long[] {(long) next, count++ % targets.size()});
                long sinceStart = (long) next - t0;
                next += sinceStart >= rampNs ? periodNs : periodNs / (0.1 + 0.9 * sinceStart / rampNs);
            }
            context.runOnContext(v -> {
                for (long[] d : due) {
                    int target = (int) d[1];
                    send(target, d[0], d[0] >= measureFrom ? stats[target] : null);
                }
            });
        }
        CountDownLatch drained = new CountDownLatch(1);
        long deadline = System.nanoTime() + 30_000_000_000L;
        vertx.setPeriodic(10, t -> {
            if (inFlight == 0 || System.nanoTime() > deadline) {
                vertx.cancelTimer(t);
                drained.countDown();
            }
        });
        drained.await(1, TimeUnit.MINUTES);
        marks.join();
        return stats;
    }

    /** One request; {@code stats} null during warm-up. */
    private void send(int targetIndex, long intended, Stats stats) {
        Target target = targets.get(targetIndex);
        long now = System.nanoTime();
        if (stats != null) {
            stats.sent++;
            sendLag.recordValue(Math.max(0, (now - intended) / 1000));
        }
        inFlight++;
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
                .setPort(target.port()).setURI(target.uri()).setIdleTimeout(30_000)
                .putHeader("Content-Type", "application/json");
        target.headers().forEach(h -> options.putHeader(h[0], h[1]));
        long[] firstByte = {0};
        boolean[] over = {false};
        http.request(options).compose(req -> req.send(body.copy())).onComplete(ar -> {
            if (ar.failed()) {
                finish(stats, intended, firstByte, over, ar.cause().toString());
                return;
            }
            HttpClientResponse res = ar.result();
            if (res.statusCode() != 200) {
                res.body().onComplete(b -> finish(stats, intended, firstByte, over, "HTTP " + res.statusCode()
                        + (b.succeeded() ? " " + b.result() : "")));
                return;
            }
            res.handler(chunk -> {
                if (firstByte[0] == 0) {
                    firstByte[0] = System.nanoTime();
                }
            });
            res.exceptionHandler(e -> finish(stats, intended, firstByte, over, e.toString()));
            res.endHandler(v -> finish(stats, intended, firstByte, over, firstByte[0] == 0 ? "empty answer" : null));
        });
    }

    private void finish(Stats stats, long intended, long[] firstByte, boolean[] over, String error) {
        if (over[0]) {
            return;
        }
        over[0] = true;
        inFlight--;
        if (stats == null) {
            return;
        }
        if (error != null) {
            stats.errors++;
            if (stats.firstError == null) {
                stats.firstError = error;
            }
            return;
        }
        stats.ttft.recordValue((firstByte[0] - intended) / 1000);
        stats.total.recordValue((System.nanoTime() - intended) / 1000);
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
