package com.yilian.hub.worker;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code yilian-agent} worker's settings ({@code yilian.worker.*}).
 *
 * @param enabled        run the worker in this hub (replicas sharing one database may all run it)
 * @param maxConcurrent  steps run at once; the fetch loop never locks more tasks than it has room for
 * @param lockDuration   how long a fetched task stays locked without news from the worker; kept short (shorter than
 *                       a slow model call) and extended while the agent works, so a crashed hub's tasks come free soon
 * @param retries        attempts after the first failure before an incident asks a person to look
 * @param retryBackoff   wait before the first retry; doubles with each further failure
 * @param maxIdleWait    longest pause between polls when there is no work
 */
@Validated
@ConfigurationProperties(prefix = "yilian.worker")
public record WorkerProperties(
        @DefaultValue("true") boolean enabled,
        @Min(1) @DefaultValue("8") int maxConcurrent,
        @NotNull @DefaultValue("30s") Duration lockDuration,
        @Min(0) @DefaultValue("3") int retries,
        @NotNull @DefaultValue("10s") Duration retryBackoff,
        @NotNull @DefaultValue("2s") Duration maxIdleWait) {

    /** Extended three times per lock period, so one missed extension does not lose the task. */
    public Duration lockExtensionInterval() {
        return lockDuration.dividedBy(3);
    }

    /** Back-off before the retry that follows failure number {@code failures} (1 = the first failure). */
    public Duration backoffAfter(int failures) {
        return retryBackoff.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 16));
    }
}
