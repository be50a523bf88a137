package com.yilian.hub.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.gateway.FinishedCall;
import java.time.LocalDate;
import java.time.ZoneId;
import com.yilian.hub.support.HubTablesDatabase;
import org.junit.jupiter.api.Test;

/** The embedded scheduler's finished calls are booked in the ledger, off the scheduler's event loop. */
class SchedulerUsageRecorderTest {

    @Test
    void finishedCallsAddUpInTheLedger() throws Exception {
        HubTablesDatabase db = new HubTablesDatabase();
        UsageLedger ledger = new UsageLedger(db.jdbc, ZoneId.of("Asia/Shanghai"));
        long at = java.time.Instant.parse("2026-11-22T02:00:00Z").toEpochMilli();

        try (SchedulerUsageRecorder recorder = new SchedulerUsageRecorder(ledger, db.tx)) {
            recorder.accept(new FinishedCall("nanhu-chc", "local-intake", "interactive", true, 300, 40, 1.2, 0, at));
            recorder.accept(new FinishedCall("nanhu-chc", "local-intake", "standard", true, 100, 10, 0.3, 0, at));
        }

        assertThat(ledger.rows(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22), "nanhu-chc"))
                .singleElement().satisfies(r -> {
                    assertThat(r.requests()).isEqualTo(2);
                    assertThat(r.promptTokens()).isEqualTo(400);
                    assertThat(r.outputTokens()).isEqualTo(50);
                    assertThat(r.gpuSeconds()).isEqualTo(1.5);
                });
    }
}
