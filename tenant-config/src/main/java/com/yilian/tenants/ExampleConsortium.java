package com.yilian.tenants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example consortium shipped with Yilian: a tertiary hospital and three community hospitals around it.
 * Its credentials are public and for demonstrations only.
 */
public final class ExampleConsortium {
    public static final String FILE_NAME = "example-consortium.yaml";
    /** The password of every example person. */
    public static final String DEMO_PASSWORD = "yilian-demo";

    private ExampleConsortium() {
    }

    /** The example's API key for a tenant: {@code demo-key-<tenant-id>}. */
    public static String demoApiKey(String tenantId) {
        return "demo-key-" + tenantId;
    }

    public static String yaml() {
        try (InputStream in = ExampleConsortium.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException(FILE_NAME + " is missing from the tenant-config jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoadResult load() {
        return TenantConfigLoader.load(FILE_NAME, yaml());
    }
}
