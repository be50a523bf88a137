package com.yilian.hub.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkerPropertiesTest {

    private final WorkerProperties settings = new WorkerProperties(true, 8, Duration.ofSeconds(30), 3,
            Duration.ofSeconds(10), Duration.ofSeconds(2));

    @Test
    void theBackOffDoublesWithEachFailure() {
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theLockIsExtendedWellBeforeItRunsOut() {
        assertThat(settings.lockExtensionInterval()).isEqualTo(Duration.ofSeconds(10));
    }
}
