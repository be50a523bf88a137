package com.yilian.hub.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The IT view's day of queue and SLO per hospital, from successive scrapes of the scheduler's metrics. */
class SchedulerHistoryTest {

    private final SchedulerHistory history = new SchedulerHistory(null,
            Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC));

    @Test
    void queueIsSummedOverPrioritiesAndSloIsOfTheCallsSinceTheLastSample() {
        history.record(metrics(3, 1, 90, 10));
        history.record(metrics(0, 2, 95, 15));  // 5 met, 5 missed since the first sample

        var points = history.points();
        assertThat(points).hasSize(2);
        assertThat(points.get(0).queue()).containsEntry("nanhu-chc", 4.0);
        assertThat(points.get(0).slo()).containsEntry("nanhu-chc", 0.9);
        assertThat(points.get(1).queue()).containsEntry("nanhu-chc", 2.0);
        assertThat(points.get(1).slo()).containsEntry("nanhu-chc", 0.5);
    }

    @Test
    void aRestartedSchedulerDoesNotGiveNegativeFigures() {
        history.record(metrics(0, 0, 90, 10));
        history.record(metrics(0, 0, 3, 1));   // counters started again

        assertThat(history.points().get(1).slo()).containsEntry("nanhu-chc", 0.75);
    }

    private static String metrics(int interactiveQueue, int batchQueue, int met, int missed) {
        return "# TYPE yilian_scheduler_queue_depth gauge\n"
                + "yilian_scheduler_queue_depth{tenant=\"nanhu-chc\",priority=\"interactive\",} " + interactiveQueue + ".0\n"
                + "yilian_scheduler_queue_depth{tenant=\"nanhu-chc\",priority=\"batch\",} " + batchQueue + ".0\n"
                + "yilian_scheduler_slo_requests_total{tenant=\"nanhu-chc\",priority=\"standard\",met=\"true\",} " + met + ".0\n"
                + "yilian_scheduler_slo_requests_total{tenant=\"nanhu-chc\",priority=\"standard\",met=\"false\",} " + missed + ".0\n";
    }
}
