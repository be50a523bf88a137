package com.yilian.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The hub as operators run it: the built jar in its own JVM, on a data directory, stopped and started for real. */
public final class HubProcess implements AutoCloseable {

    private final Path dataDir;
    private final List<String> extraArgs;
    private final int port;
    private final Path log;
    private Process process;

    public HubProcess(Path dataDir, List<String> extraArgs) {
        this.dataDir = dataDir;
        this.extraArgs = extraArgs;
        this.port = freePort();
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-hub.log");
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("yilian.hub.jar", "target/yilian-hub.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the hub jar is not built: " + jar.toAbsolutePath() + " (run ./mvnw verify)");
        }
        return jar;
    }

    public static List<String> javaCommand(String... args) {
        // Two or three hubs and the test share two cores for a minute or two: the quick compiler alone and one GC
        // thread start them sooner (same behaviour; ClusterReplicasIT, EncounterCrashIT and HubRestartIT 0.88x).
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    public HubProcess start() {
        List<String> command = javaCommand("--server.port=" + port, "--yilian.data-dir=" + dataDir,
                "--yilian.scheduler.port=0");
        command.addAll(extraArgs);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy(Duration.ofSeconds(180));
        return this;
    }

    public HubHttp http() {
        return new HubHttp("http://127.0.0.1:" + port);
    }

    /** A graceful stop, as Kubernetes or systemd would do it (SIGTERM). */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** A crash: SIGKILL, no shutdown hooks, nothing flushed that was not already written. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the hub exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HubHttp.Reply health = http().get("/actuator/health", HubHttp.Credential.none());
                if (health.status() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the hub", e);
            }
        }
        throw new AssertionError("the hub did not become healthy within " + timeout + ":\n" + tail());
    }

    private String tail() {
        String text = logText();
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
