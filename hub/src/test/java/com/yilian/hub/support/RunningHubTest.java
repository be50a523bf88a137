package com.yilian.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run against one real hub on its embedded default (H2 file database, example consortium),
 * started once and shared by every test class that extends this: the engine is a JVM-wide singleton, so one
 * context keeps them from stepping on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningHubTest {

    protected static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void hubProperties(DynamicPropertyRegistry registry) {
        registry.add("yilian.data-dir", DATA_DIR::toString);
        registry.add("yilian.reload-interval", () -> "1h");
        registry.add("yilian.scheduler.port", () -> "0"); // the embedded scheduler on a free port
    }

    protected HubHttp http() {
        return new HubHttp("http://127.0.0.1:" + port);
    }

    protected static Path tenantsFile() {
        return DATA_DIR.resolve("tenants.yaml");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("yilian-hub-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
