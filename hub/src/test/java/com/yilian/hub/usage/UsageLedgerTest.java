package com.yilian.hub.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import com.yilian.hub.support.HubTablesDatabase;
import org.junit.jupiter.api.Test;

class UsageLedgerTest {

    private final UsageLedger ledger = new UsageLedger(new HubTablesDatabase().jdbc, ZoneId.of("Asia/Shanghai"));

    @Test
    void eachEventCountsOnceAndAddsUpPerHospitalDayAndPool() {
        UsageEvent morning = new UsageEvent("nanhu-chc", "local-qwen", Instant.parse("2026-11-22T01:00:00Z"), 2, 300,
                120, 1.5, 0);
        UsageEvent later = new UsageEvent("nanhu-chc", "local-qwen", Instant.parse("2026-11-22T09:00:00Z"), 1, 100, 50,
                0.5, 0);

        assertThat(ledger.apply("e-1", morning)).isTrue();
        assertThat(ledger.apply("e-1", morning)).as("a redelivered event").isFalse();
        assertThat(ledger.apply("e-2", later)).isTrue();

        List<UsageRow> rows = ledger.rows(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22), null);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.requests()).isEqualTo(3);
            assertThat(r.promptTokens()).isEqualTo(400);
            assertThat(r.outputTokens()).isEqualTo(170);
            assertThat(r.gpuSeconds()).isEqualTo(2.0);
        });
    }

    @Test
    void theDayIsTheConsortiumsLocalDay() {
        // 17:00 UTC is already the next day in Shanghai.
        ledger.apply("late", new UsageEvent("xishan-thc", "deepseek", Instant.parse("2026-11-22T17:00:00Z"), 1, 10, 10,
                0, 0.02));
        assertThat(ledger.rows(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23), "xishan-thc")).hasSize(1);
        assertThat(ledger.rows(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22), "xishan-thc")).isEmpty();
    }

}
