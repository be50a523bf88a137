package com.yilian.scheduler.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scheduler --consortium FILE --port N}: mistakes are named before anything starts. */
class SchedulerCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SchedulerCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void needsAConsortiumFile() {
        assertThat(run("--port", "8090")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--consortium FILE is required");
    }

    @Test
    void namesAnUnknownOptionAndABadPort() {
        assertThat(run("--consortium", "x.yaml", "--prot", "1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument --prot");
    }

    @Test
    void reportsAFileThatDoesNotLoad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tenants.yaml");
        Files.writeString(file, "consortium: {}\n");
        assertThat(run("--consortium", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isNotBlank();
    }

    @Test
    void saysWhenThePortIsTaken() throws Exception {
        String yaml = new String(SchedulerCliTest.class.getResourceAsStream("/com/yilian/tenants/example-consortium.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        Path file = Files.createTempFile("consortium", ".yaml");
        Files.writeString(file, yaml);
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThat(run("--consortium", file.toString(), "--port", Integer.toString(taken.getLocalPort())))
                    .isEqualTo(1);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("did not start on port");
    }
}
