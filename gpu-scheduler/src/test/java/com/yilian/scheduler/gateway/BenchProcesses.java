package com.yilian.scheduler.gateway;

import com.yilian.tenants.ApiKeyHash;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.TenantConfigLoader;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The overhead benchmark's server side, each in its own JVM so that neither shares a heap, a collector or an event
 * loop with the other or with the load generator: {@code emulator TOKENS TOKENS_PER_SECOND} and
 * {@code gateway BACKEND_ENDPOINT}. Each prints its JVM and then {@code listening PORT}, and runs until its standard
 * input closes (the benchmark ending or dying takes it along).
 */
final class BenchProcesses {
    static final String KEY = "bench-key";
    /** Far more places than calls in flight, and no quota within reach: admission and scheduling run, queueing not. */
    static final int PLACES = 4096;

    private BenchProcesses() {
    }

    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx();
        int port = switch (args[0]) {
            case "emulator" -> await(VllmEmulator.start(vertx, Integer.parseInt(args[1]), Integer.parseInt(args[2])))
                    .port();
            case "gateway" -> await(Gateway.deploy(vertx, consortium(args[1]), 0, GatewaySettings.defaults()))
                    .server().actualPort();
            default -> throw new IllegalArgumentException("emulator or gateway, not " + args[0]);
        };
        System.out.println("jvm " + jvm());
        System.out.println("listening " + port);
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until the benchmark closes our standard input
        }
        System.exit(0);
    }

    /** The flags and collector of this JVM, for the report. */
    static String jvm() {
        var runtime = ManagementFactory.getRuntimeMXBean();
        String flags = runtime.getInputArguments().stream().filter(a -> !a.startsWith("-D"))
                .collect(Collectors.joining(" "));
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        return "JDK " + Runtime.version() + ", flags [" + flags + "], collectors [" + gcs + "]";
    }

    /** A started child JVM, stopped by closing its standard input. */
    record Child(String name, Process process, int port, String jvm) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
            }
        }
    }

    /** Starts {@code role} in a JVM of the same runtime and class path as this one, with {@code jvmFlags}. */
    static Child start(String role, List<String> jvmFlags, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchProcesses.class.getName());
        command.add(role);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String jvm = "?";
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("jvm ")) {
                jvm = line.substring(4);
            } else if (line.startsWith("listening ")) {
                Thread drain = new Thread(() -> out.lines().forEach(System.out::println), role + "-out");
                drain.setDaemon(true);
                drain.start();
                return new Child(role, p, Integer.parseInt(line.substring(10).trim()), jvm);
            } else {
                System.out.println(role + ": " + line);
            }
        }
        throw new IOException(role + " process ended before listening, exit " + p.waitFor());
    }

    /** Thread kinds whose times are reported apart: {@link #schedule} sums by these. */
    static final List<String> KINDS = List.of("event loop", "JIT", "GC", "other");

    /**
     * Per kind of thread ({@link #KINDS}): nanoseconds on a CPU and nanoseconds spent runnable but waiting for one
     * (Linux schedstat), all zero where unknown. On a shared machine this says whether a latency was the code's or the
     * CPU's, and whether the compiler was still at work.
     */
    static long[][] schedule(long pid) {
        long[][] out = new long[KINDS.size()][2];
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            tasks.forEach(t -> {
                try {
                    String name = Files.readString(t.resolve("comm")).trim();
                    String[] f = Files.readString(t.resolve("schedstat")).trim().split("\\s+");
                    int kind = name.startsWith("vert.x-eventloo") ? 0 : name.startsWith("C1 ") || name.startsWith("C2 ") ? 1
                            : name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("Z") ? 2 : 3;
                    out[kind][0] += Long.parseLong(f[0]);
                    out[kind][1] += Long.parseLong(f[1]);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException e) {
            // not Linux: nothing to add
        }
        return out;
    }

    /** The 1-minute, 5-minute and 15-minute load averages. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** One hospital with the whole pool to itself and limits nobody reaches. */
    static Consortium consortium(String endpoint) {
        String yaml = """
                consortium: { id: bench, name: { zh: 基准医联体, en: Benchmark Consortium } }
                modelPools:
                  - { id: local-a, kind: local, endpoint: %s, model: m, replicas: 1, maxConcurrentSequences: %d, tokensPerSecond: 1000000 }
                tenants:
                  - id: bench
                    tier: tertiary
                    name: { zh: 基准医院, en: Benchmark Hospital }
                    quota: { share: 1.0, guaranteed: 1.0, borrowLimit: 0.0, dailyTokenBudget: 1000000000000000, requestsPerMinute: 1000000000 }
                    dataPolicy: { phi: [local-a], deidentified: [local-a], public: [local-a] }
                    workflows: [intake]
                    people:
                      - { username: lead.liu, displayName: 刘志强, roles: [clinical-lead, it-admin], passwordHash: "{bcrypt}$2a$10$Pn8vSD3nRDF7uSc8pNWlY.3C3v2xS9Gf3IbcJWEHKrA9cE.NvFuBi" }
                    apiKeys:
                      - { id: bench, roles: [clinician], keyHash: "%s" }
                """.formatted(endpoint, PLACES, ApiKeyHash.of(KEY));
        var loaded = TenantConfigLoader.load("bench.yaml", yaml);
        if (!loaded.ok()) {
            throw new IllegalStateException(loaded.problems().toString());
        }
        return loaded.consortium();
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    }
}
