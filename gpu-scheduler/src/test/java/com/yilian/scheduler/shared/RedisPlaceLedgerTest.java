package com.yilian.scheduler.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Leases in the real Redis: limits per pool and per tenant, and the places of a replica that died expire. */
class RedisPlaceLedgerTest {
    private static final String REDIS = System.getenv().getOrDefault("YILIAN_REDIS_URL", "redis://127.0.0.1:6379");
    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private final String prefix = "yilian:test:" + UUID.randomUUID() + ":";

    @AfterEach
    void stop() {
        loop.shutdownNow();
    }

    private RedisPlaceLedger ledger(Duration ttl) throws Exception {
        AtomicBoolean degraded = new AtomicBoolean(true);
        RedisPlaceLedger ledger = new RedisPlaceLedger(REDIS, prefix, ttl, 2, loop, degraded::set);
        for (int i = 0; i < 500 && degraded.get(); i++) {
            Thread.sleep(10);
        }
        assertThat(degraded.get()).as("connected to " + REDIS).isFalse();
        return ledger;
    }

    private boolean acquire(RedisPlaceLedger ledger, String lease, String tenant, int poolLimit, int tenantLimit)
            throws Exception {
        return ledger.acquire(lease, "pool-x", tenant, poolLimit, tenantLimit).toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void keepsToThePoolsAndTheTenantsLimitsAcrossReplicas() throws Exception {
        RedisPlaceLedger a = ledger(Duration.ofSeconds(30));
        RedisPlaceLedger b = ledger(Duration.ofSeconds(30));

        assertThat(acquire(a, "a1", "big", 3, 2)).isTrue();
        assertThat(acquire(b, "b1", "big", 3, 2)).isTrue();
        assertThat(acquire(b, "b2", "big", 3, 2)).as("tenant limit").isFalse();
        assertThat(acquire(b, "b3", "small", 3, 2)).isTrue();
        assertThat(acquire(a, "a2", "small", 3, 2)).as("pool limit").isFalse();

        a.release("a1");
        assertThat(acquire(a, "a3", "small", 3, 2)).isTrue();
        a.close();
        b.close();
    }

    @Test
    void keepsToItsSafeShareWhileRedisIsDownAndRegistersItsPlacesWhenItIsBack() throws Exception {
        Path server = Path.of("/usr/bin/redis-server");
        assumeTrue(Files.isExecutable(server), "needs redis-server to start and stop a Redis of its own");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        AtomicBoolean degraded = new AtomicBoolean(false);
        RedisPlaceLedger ledger = new RedisPlaceLedger("redis://127.0.0.1:" + port, prefix, Duration.ofSeconds(30), 2,
                loop, degraded::set);
        waitFor(degraded::get, ledger);

        assertThat(acquire(ledger, "p1", "t", 4, 4)).isTrue();
        assertThat(acquire(ledger, "p2", "t", 4, 4)).isTrue();
        assertThat(acquire(ledger, "p3", "t", 4, 4)).as("4 places / 2 replicas").isFalse();

        Process redis = new ProcessBuilder(server.toString(), "--port", Integer.toString(port), "--save", "",
                "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            waitFor(() -> !degraded.get(), ledger);
            assertThat(acquire(ledger, "p3", "t", 4, 4)).isTrue();
            // the two places taken while degraded were registered: the fourth is the last
            RedisPlaceLedger other = new RedisPlaceLedger("redis://127.0.0.1:" + port, prefix, Duration.ofSeconds(30),
                    2, loop, b -> { });
            waitFor(() -> !other.degraded(), other);
            assertThat(acquire(other, "q1", "u", 4, 4)).isTrue();
            assertThat(acquire(other, "q2", "u", 4, 4)).isFalse();
            other.close();
        } finally {
            ledger.close();
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Runs the ledger's housekeeping on its loop, as a gateway's timer does, until the condition holds. */
    private void waitFor(BooleanSupplier condition, RedisPlaceLedger ledger) throws Exception {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            loop.submit(ledger::tick).get();
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("reached within 10 s").isTrue();
    }

    @Test
    void thePlacesOfAReplicaThatStoppedRenewingExpire() throws Exception {
        RedisPlaceLedger dead = ledger(Duration.ofSeconds(1));
        assertThat(acquire(dead, "d1", "t", 1, 1)).isTrue();
        dead.close(); // gone without releasing

        RedisPlaceLedger alive = ledger(Duration.ofSeconds(1));
        assertThat(acquire(alive, "l1", "t", 1, 1)).isFalse();
        boolean granted = false;
        for (int i = 0; i < 100 && !granted; i++) {
            Thread.sleep(50);
            granted = acquire(alive, "l1", "t", 1, 1);
        }
        assertThat(granted).as("the dead replica's place expired").isTrue();
        alive.close();
    }
}
