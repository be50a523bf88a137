package com.yilian.scheduler.gateway;

import com.yilian.scheduler.sim.CliOptions;
import com.yilian.tenants.Consortium;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code scheduler --consortium FILE [--port 8090] [--redis redis://host:6379] [--replicas N]}: runs the gateway as
 * its own service until the process is stopped. Redis comes from {@code --redis}, else from YILIAN_REDIS_URL; without
 * either the gateway runs alone.
 */
public final class SchedulerCli {
    private static final Set<String> OPTIONS = Set.of("consortium", "port", "redis", "replicas", "kafka");

    private SchedulerCli() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<CliOptions> options = CliOptions.parse(args, OPTIONS, err);
        if (options.isEmpty()) {
            return 2;
        }
        CliOptions o = options.get();
        if (o.get("consortium").isEmpty()) {
            err.println("--consortium FILE is required: the consortium the gateway serves");
            return 2;
        }
        Optional<Consortium> consortium = o.consortium(err);
        Optional<Double> port = o.number("port", 8090, 0, 65535, err);
        Optional<Double> replicas = o.number("replicas", 2, 1, 1000, err);
        if (consortium.isEmpty() || port.isEmpty() || replicas.isEmpty()) {
            return 2;
        }
        String redis = o.get("redis").orElse(System.getenv("YILIAN_REDIS_URL"));
        GatewaySettings settings = GatewaySettings.defaults()
                .withRedis(redis, GatewaySettings.defaults().redisKeyPrefix(), replicas.get().intValue());
        // Usage goes to the hubs' ledger through Kafka when brokers are named.
        String kafka = o.get("kafka").orElse(System.getenv("YILIAN_KAFKA_BOOTSTRAP"));
        com.yilian.scheduler.usage.KafkaUsagePublisher usage = kafka == null || kafka.isBlank() ? null
                : new com.yilian.scheduler.usage.KafkaUsagePublisher(kafka);
        if (usage != null) settings = settings.withUsage(usage);
        Vertx vertx = Vertx.vertx();
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            GatewayVerticle gateway = Gateway.deploy(vertx, consortium.get(), port.get().intValue(), settings)
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            out.println("scheduler gateway listening on port " + gateway.server().actualPort()
                    + (redis == null || redis.isBlank() ? " (alone, no Redis)" : " (places shared in Redis)"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                vertx.close().onComplete(v -> {
                    if (usage != null) usage.close();
                    stopped.countDown();
                });
                try {
                    stopped.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            stopped.await();
            return 0;
        } catch (Exception e) {
            err.println("the scheduler gateway did not start on port " + port.get().intValue() + ": " + e.getMessage());
            vertx.close();
            return 1;
        }
    }
}
