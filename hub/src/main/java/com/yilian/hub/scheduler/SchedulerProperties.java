package com.yilian.hub.scheduler;

import com.yilian.scheduler.Priority;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The GPU scheduler's gateway inside the hub's JVM (the embedded default).
 *
 * @param embedded     whether the hub starts the gateway itself; false when the scheduler runs as its own service
 * @param port         the gateway's HTTP port (0 picks a free one)
 * @param redisUrl     Redis shared with other scheduler replicas; unset, places are counted in memory
 * @param maxQueueWait per priority ({@code interactive}, {@code standard}, {@code batch}), how long a call may wait
 *                     for a place before it is answered 429; priorities not named keep the gateway's defaults
 * @param zone         where the daily token budgets reset at midnight
 * @param url          the scheduler's base URL when it runs as its own service (cluster mode, env
 *                     {@code YILIAN_SCHEDULER_URL}); unset, the hub's admin API reads the embedded one
 */
@Validated
@ConfigurationProperties(prefix = "yilian.scheduler")
public record SchedulerProperties(
        @DefaultValue("true") boolean embedded,
        @DefaultValue("8090") @Min(0) @Max(65535) int port,
        String redisUrl,
        Map<Priority, Duration> maxQueueWait,
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        String url) {
}
