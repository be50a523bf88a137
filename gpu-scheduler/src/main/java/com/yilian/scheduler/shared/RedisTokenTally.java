package com.yilian.scheduler.shared;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Token totals in Redis: {@code INCRBY} and {@code PEXPIREAT} in one script, so a counter never outlives the day it
 * counts even when the replica that created it dies between the two.
 */
public final class RedisTokenTally implements TokenTally {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);
    private static final String ADD = "local v = redis.call('INCRBY', KEYS[1], ARGV[1]) "
            + "redis.call('PEXPIREAT', KEYS[1], ARGV[2]) return v";

    private final RedisURI uri;
    private final RedisClient client;
    private final String prefix;
    private final Executor loop;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile boolean connecting;

    /** @param loop runs the completions on the owner's event loop */
    public RedisTokenTally(String url, String keyPrefix, Executor loop) {
        this.uri = RedisURI.create(url);
        uri.setTimeout(COMMAND_TIMEOUT);
        this.prefix = keyPrefix;
        this.loop = loop;
        this.client = RedisClient.create();
        // Fail fast while disconnected: admission must not wait on Redis to learn it is down.
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT)).build());
        connect();
    }

    @Override
    public CompletionStage<Long> add(String key, long tokens, long expireAtEpochMs) {
        StatefulRedisConnection<String, String> c = connection;
        if (c == null) {
            connect();
            return CompletableFuture.failedStage(new IllegalStateException("Redis at " + uri.getHost() + ":"
                    + uri.getPort() + " is not connected"));
        }
        CompletableFuture<Long> total = new CompletableFuture<>();
        c.async().<Long>eval(ADD, ScriptOutputType.INTEGER, new String[] {prefix + key},
                        Long.toString(tokens), Long.toString(expireAtEpochMs))
                .whenCompleteAsync((v, error) -> {
                    if (error != null) {
                        total.completeExceptionally(error);
                    } else {
                        total.complete(v);
                    }
                }, loop);
        return total;
    }

    private void connect() {
        if (connecting || connection != null) {
            return;
        }
        connecting = true;
        client.connectAsync(StringCodec.UTF8, uri).whenComplete((c, error) -> {
            connecting = false;
            if (error == null) {
                connection = c;
            }
        });
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> c = connection;
        if (c != null) {
            c.close();
        }
        client.shutdownAsync();
    }
}
