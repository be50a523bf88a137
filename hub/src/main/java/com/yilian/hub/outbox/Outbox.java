package com.yilian.hub.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes events to the outbox table. Call it inside the transaction of the state change it records (the engine's
 * listeners and the hub's services share Spring's transaction on one DataSource), so that both commit or neither.
 */
@Component
public class Outbox {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    @Autowired
    public Outbox(JdbcTemplate jdbc, ObjectMapper json) {
        this(jdbc, json, Clock.systemUTC());
    }

    Outbox(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Appends one event; returns its dedup id. {@code payload} is serialized as JSON. */
    public String append(String topic, String key, String tenantId, String type, Object payload) {
        String eventId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO yilian_outbox (event_id, topic, event_key, tenant_id, event_type, payload, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                eventId, topic, key, tenantId, type, toJson(payload), Timestamp.from(clock.instant()));
        return eventId;
    }

    /** The oldest events not yet relayed, in the order they were written. */
    public List<OutboxEvent> pending(int limit) {
        return jdbc.query("SELECT id, event_id, topic, event_key, tenant_id, event_type, payload, created_at"
                        + " FROM yilian_outbox WHERE relayed_at IS NULL ORDER BY id FETCH FIRST ? ROWS ONLY",
                (rs, i) -> new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()), limit);
    }

    public void markRelayed(List<Long> ids) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("UPDATE yilian_outbox SET relayed_at = ? WHERE id = ?",
                ids.stream().map(id -> new Object[] {now, id}).toList());
    }

    public long pendingCount() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM yilian_outbox WHERE relayed_at IS NULL", Long.class);
        return n == null ? 0 : n;
    }

    private String toJson(Object payload) {
        if (payload instanceof String s) return s;
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("outbox payload is not serializable as JSON: " + e.getMessage(), e);
        }
    }
}
