package com.yilian.hub.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lease row in the database: of several hub replicas only the holder relays, so one key's events are sent in the
 * order they were written. A replica that dies loses the lease when it runs out.
 */
public class RelayLease {

    private final JdbcTemplate jdbc;
    private final String holder;
    private final Duration duration;
    private final Clock clock;

    public RelayLease(JdbcTemplate jdbc, String holder, Duration duration, Clock clock) {
        this.jdbc = jdbc;
        this.holder = holder;
        this.duration = duration;
        this.clock = clock;
    }

    /** Takes or renews the lease; false while another live replica holds it. */
    public boolean tryAcquire() {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp until = Timestamp.from(clock.instant().plus(duration));
        return jdbc.update("UPDATE yilian_relay_lease SET holder = ?, lease_until = ? WHERE lease_name = 'outbox'"
                + " AND (holder = ? OR holder IS NULL OR lease_until < ?)", holder, until, holder, now) == 1;
    }

    public String holder() {
        return holder;
    }
}
