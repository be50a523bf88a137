package com.yilian.hub.usage;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tokens and GPU time per hospital, day and pool. Each event is applied once, whatever Kafka redelivers. */
@Component
public class UsageLedger {

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    public UsageLedger(JdbcTemplate jdbc, @Value("${yilian.usage.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /**
     * Applies one event in the caller's transaction; false when this event id was applied before. A duplicate is
     * checked first rather than caught, because a failed insert aborts the whole transaction on PostgreSQL.
     */
    public boolean apply(String eventId, UsageEvent e) {
        Integer seen = jdbc.queryForObject("SELECT COUNT(*) FROM yilian_consumed_event WHERE event_id = ?",
                Integer.class, eventId);
        if (seen != null && seen > 0) return false;
        jdbc.update("INSERT INTO yilian_consumed_event (event_id, consumed_at) VALUES (?, ?)", eventId,
                Timestamp.from(Instant.now()));
        Date day = Date.valueOf(LocalDate.ofInstant(e.at(), zone));
        int updated = jdbc.update("UPDATE yilian_usage_ledger SET requests = requests + ?,"
                        + " prompt_tokens = prompt_tokens + ?, output_tokens = output_tokens + ?,"
                        + " gpu_seconds = gpu_seconds + ?, remote_cost = remote_cost + ?"
                        + " WHERE tenant_id = ? AND usage_day = ? AND pool = ?",
                e.requests(), e.promptTokens(), e.outputTokens(), e.gpuSeconds(), e.remoteCost(), e.tenant(), day,
                e.pool());
        if (updated == 0) {
            jdbc.update("INSERT INTO yilian_usage_ledger (tenant_id, usage_day, pool, requests, prompt_tokens,"
                            + " output_tokens, gpu_seconds, remote_cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    e.tenant(), day, e.pool(), e.requests(), e.promptTokens(), e.outputTokens(), e.gpuSeconds(),
                    e.remoteCost());
        }
        return true;
    }

    /** Rows from {@code from} to {@code to} inclusive; {@code tenant} null for every hospital. */
    public List<UsageRow> rows(LocalDate from, LocalDate to, String tenant) {
        StringBuilder sql = new StringBuilder("SELECT tenant_id, usage_day, pool, requests, prompt_tokens,"
                + " output_tokens, gpu_seconds, remote_cost FROM yilian_usage_ledger WHERE usage_day BETWEEN ? AND ?");
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        if (tenant != null) {
            sql.append(" AND tenant_id = ?");
            args.add(tenant);
        }
        sql.append(" ORDER BY usage_day, tenant_id, pool");
        return jdbc.query(sql.toString(), (rs, i) -> new UsageRow(rs.getString(1), rs.getDate(2).toLocalDate(),
                rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getDouble(7), rs.getDouble(8)),
                args.toArray());
    }

    public ZoneId zone() {
        return zone;
    }
}
