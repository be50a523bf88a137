package com.yilian.hub.usage;

import com.yilian.scheduler.gateway.FinishedCall;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books the embedded scheduler's finished calls in the usage ledger. The scheduler calls it on its event loop, so the
 * database write happens on a thread of its own; a failed write is logged, never thrown back into the gateway.
 */
public class SchedulerUsageRecorder implements Consumer<FinishedCall>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SchedulerUsageRecorder.class);

    private final UsageLedger ledger;
    private final TransactionTemplate tx;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("usage-ledger").daemon().unstarted(r));

    public SchedulerUsageRecorder(UsageLedger ledger, TransactionTemplate tx) {
        this.ledger = ledger;
        this.tx = tx;
    }

    @Override
    public void accept(FinishedCall call) {
        UsageEvent event = new UsageEvent(call.tenant(), call.pool(), Instant.ofEpochMilli(call.endedAtMs()), 1,
                call.promptTokens(), call.outputTokens(), call.gpuSeconds(), call.remoteCost());
        writer.execute(() -> {
            try {
                tx.executeWithoutResult(s -> ledger.apply(UUID.randomUUID().toString(), event));
            } catch (RuntimeException e) {
                log.warn("usage of a finished call of {} on {} was not booked: {}", call.tenant(), call.pool(),
                        e.toString());
            }
        });
    }

    /** Waits briefly for pending writes, so that a clean shutdown books what it has. */
    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
