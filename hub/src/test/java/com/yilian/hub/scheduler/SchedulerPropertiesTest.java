package com.yilian.hub.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.Priority;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How {@code yilian.scheduler.*} settings bind: defaults, and queue-wait limits named by priority. */
class SchedulerPropertiesTest {

    private static SchedulerProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("yilian.scheduler", SchedulerProperties.class);
    }

    @Test
    void defaultsToAnEmbeddedGatewayOnPort8090WithShanghaiMidnight() {
        SchedulerProperties p = bind(Map.of());

        assertThat(p.embedded()).isTrue();
        assertThat(p.port()).isEqualTo(8090);
        assertThat(p.redisUrl()).isNull();
        assertThat(p.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void bindsQueueWaitLimitsByPriorityName() {
        SchedulerProperties p = bind(Map.of("yilian.scheduler.max-queue-wait.interactive", "45s",
                "yilian.scheduler.max-queue-wait.batch", "1h", "yilian.scheduler.zone", "Asia/Urumqi"));

        assertThat(p.maxQueueWait()).containsEntry(Priority.INTERACTIVE, Duration.ofSeconds(45))
                .containsEntry(Priority.BATCH, Duration.ofHours(1)).doesNotContainKey(Priority.STANDARD);
        assertThat(p.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
    }
}
