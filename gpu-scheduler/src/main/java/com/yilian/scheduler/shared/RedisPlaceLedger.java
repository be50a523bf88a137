package com.yilian.scheduler.shared;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Places counted in Redis: per pool, and per tenant on a pool, a sorted set of leases scored by their expiry. A Lua
 * script drops expired leases, checks both limits and adds the lease in one atomic step, so two replicas can never
 * both take the last place. Leases are renewed while held; a replica that dies stops renewing and its places expire
 * after the lease TTL. While Redis is unreachable the replica keeps to {@code limit ÷ expectedReplicas} of each pool
 * on its own (so that all replicas together still stay within the capacity), reports itself degraded, and registers
 * the places it holds again once Redis answers.
 *
 * <p>State is touched only on the owner's loop: every Redis answer is handed back through {@code loop}.
 */
public final class RedisPlaceLedger implements PlaceLedger {
    private static final Logger LOG = Logger.getLogger(RedisPlaceLedger.class.getName());
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);

    /** KEYS: pool set, tenant set. ARGV: lease, pool limit, tenant limit, TTL ms. Redis's clock, not the replicas'. */
    private static final String ACQUIRE = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local ttl = tonumber(ARGV[4])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
            if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 1 end
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
            if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then return 0 end
            redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
            redis.call('ZADD', KEYS[2], now + ttl, ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ttl * 2)
            redis.call('PEXPIRE', KEYS[2], ttl * 2)
            return 1
            """;
    /** KEYS: pairs of pool set, tenant set. ARGV: TTL ms, then one lease per pair. Renews, or registers again. */
    private static final String RENEW = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local ttl = tonumber(ARGV[1])
            for i = 2, #ARGV do
              for k = 2 * (i - 1) - 1, 2 * (i - 1) do
                redis.call('ZADD', KEYS[k], now + ttl, ARGV[i])
                redis.call('PEXPIRE', KEYS[k], ttl * 2)
              end
            end
            return #ARGV - 1
            """;
    private static final String RELEASE = """
            redis.call('ZREM', KEYS[1], ARGV[1])
            redis.call('ZREM', KEYS[2], ARGV[1])
            return 1
            """;

    private record Lease(String poolKey, String tenantKey, String pool) {
    }

    private final ClientResources resources;
    private final RedisClient client;
    private final RedisURI uri;
    private final String prefix;
    private final long ttlMs;
    private final int expectedReplicas;
    private final Executor loop;
    private final Consumer<Boolean> onDegraded;
    private final Map<String, Lease> held = new LinkedHashMap<>();
    private final Map<String, Integer> heldByPool = new HashMap<>();
    private StatefulRedisConnection<String, String> connection;
    private boolean connecting;
    private boolean degraded;
    private long ticks;

    /**
     * @param loop       runs a task on the owner's event loop
     * @param onDegraded hears every change between shared (false) and degraded (true)
     */
    public RedisPlaceLedger(String url, String keyPrefix, Duration leaseTtl, int expectedReplicas, Executor loop,
                            Consumer<Boolean> onDegraded) {
        this.uri = RedisURI.create(url);
        uri.setTimeout(COMMAND_TIMEOUT);
        this.prefix = keyPrefix;
        this.ttlMs = leaseTtl.toMillis();
        this.expectedReplicas = expectedReplicas;
        this.loop = loop;
        this.onDegraded = onDegraded;
        // Reconnect every second, not with Lettuce's back-off of up to 30 s: the safe share wastes capacity meanwhile.
        this.resources = ClientResources.builder().reconnectDelay(Delay.constant(Duration.ofSeconds(1))).build();
        this.client = RedisClient.create(resources);
        // Fail fast instead of queueing commands while disconnected: a call must not wait on Redis to learn it is down.
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT)).build());
        connect();
    }

    @Override
    public CompletionStage<Boolean> acquire(String leaseId, String pool, String tenant, int poolLimit, int tenantLimit) {
        if (degraded || connection == null) {
            return CompletableFuture.completedFuture(acquireAlone(leaseId, pool, tenant, poolLimit));
        }
        Lease lease = new Lease(prefix + "pool:" + pool, prefix + "tenant:" + pool + ":" + tenant, pool);
        CompletableFuture<Boolean> granted = new CompletableFuture<>();
        connection.async().<Long>eval(ACQUIRE, ScriptOutputType.INTEGER, new String[] {lease.poolKey, lease.tenantKey},
                        leaseId, Integer.toString(poolLimit), Integer.toString(tenantLimit), Long.toString(ttlMs))
                .whenCompleteAsync((ok, error) -> {
                    if (error != null) {
                        degrade(error);
                        granted.complete(acquireAlone(leaseId, pool, tenant, poolLimit));
                    } else {
                        if (ok == 1L) {
                            hold(leaseId, lease);
                        }
                        granted.complete(ok == 1L);
                    }
                }, loop);
        return granted;
    }

    /** The safe share: all replicas keeping to it cannot together exceed the pool, whatever the others hold. */
    private boolean acquireAlone(String leaseId, String pool, String tenant, int poolLimit) {
        if (heldByPool.getOrDefault(pool, 0) >= poolLimit / expectedReplicas) {
            return false;
        }
        hold(leaseId, new Lease(prefix + "pool:" + pool, prefix + "tenant:" + pool + ":" + tenant, pool));
        return true;
    }

    private void hold(String leaseId, Lease lease) {
        held.put(leaseId, lease);
        heldByPool.merge(lease.pool, 1, Integer::sum);
    }

    @Override
    public void release(String leaseId) {
        Lease lease = held.remove(leaseId);
        if (lease == null) {
            return;
        }
        heldByPool.merge(lease.pool, -1, Integer::sum);
        if (!degraded && connection != null) {
            connection.async().eval(RELEASE, ScriptOutputType.INTEGER, new String[] {lease.poolKey, lease.tenantKey},
                    leaseId).whenCompleteAsync((ok, error) -> {
                        if (error != null) {
                            degrade(error); // the lease expires on its own after the TTL
                        }
                    }, loop);
        }
    }

    @Override
    public boolean degraded() {
        return degraded || connection == null;
    }

    @Override
    public void tick() {
        ticks++;
        if (connection == null) {
            connect();
        } else if (degraded) {
            renewAll(true);
        } else if (ticks % Math.max(1, ttlMs / 3000) == 0) {
            renewAll(false);
        }
    }

    /** Renews every held lease; after an outage the same call registers again the places taken while degraded. */
    private void renewAll(boolean recovering) {
        List<String> keys = new ArrayList<>();
        List<String> args = new ArrayList<>();
        args.add(Long.toString(ttlMs));
        held.forEach((id, lease) -> {
            keys.add(lease.poolKey);
            keys.add(lease.tenantKey);
            args.add(id);
        });
        connection.async().eval(RENEW, ScriptOutputType.INTEGER, keys.toArray(String[]::new), args.toArray(String[]::new))
                .whenCompleteAsync((n, error) -> {
                    if (error != null) {
                        degrade(error);
                    } else if (recovering && degraded) {
                        degraded = false;
                        LOG.info(() -> "Redis at " + uri.getHost() + ":" + uri.getPort() + " answers: places are"
                                + " counted there with the other replicas (" + n + " places held here registered)");
                        onDegraded.accept(false);
                    }
                }, loop);
    }

    private void connect() {
        if (connecting) {
            return;
        }
        connecting = true;
        client.connectAsync(StringCodec.UTF8, uri).whenCompleteAsync((c, error) -> {
            connecting = false;
            if (error != null) {
                degrade(error);
                return;
            }
            connection = c;
            degraded = true; // registers what was taken alone, then reports itself shared
            renewAll(true);
        }, loop);
    }

    private void degrade(Throwable error) {
        boolean first = !degraded;
        degraded = true;
        if (first) {
            LOG.log(Level.WARNING, "Redis at " + uri.getHost() + ":" + uri.getPort() + " is unreachable ("
                    + error.getMessage() + "): keeping to 1/" + expectedReplicas + " of each pool until it is back");
            onDegraded.accept(true);
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdownAsync().whenComplete((v, e) -> resources.shutdown());
    }
}
