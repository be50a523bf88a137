package com.yilian.hub.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test models for deployments. */
public final class TestModels {

    private TestModels() {
    }

    /** A one-user-task review process with its key replaced, so that each test deploys its own. */
    public static byte[] reviewProcess(String processKey) {
        try (InputStream in = TestModels.class.getResourceAsStream("/test-models/review-task.bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("PROCESS_KEY", processKey)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
