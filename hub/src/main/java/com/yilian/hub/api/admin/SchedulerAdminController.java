package com.yilian.hub.api.admin;

import com.yilian.hub.scheduler.SchedulerHistory;
import com.yilian.hub.scheduler.SchedulerReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The GPU scheduler's metrics and scaling signals for central IT's console, read through the hub so that the
 * browser needs neither the scheduler's address nor a route to it (consortium IT only, as all of /api/admin/**).
 */
@RestController
@RequestMapping("/api/admin/scheduler")
public class SchedulerAdminController {

    private static final MediaType PROMETHEUS_TEXT = MediaType.parseMediaType("text/plain;version=0.0.4;charset=utf-8");
    private final SchedulerReader reader;
    private final SchedulerHistory history;

    public SchedulerAdminController(SchedulerReader reader, SchedulerHistory history) {
        this.reader = reader;
        this.history = history;
    }

    /** Queue depth and SLO attainment per hospital over the last day, one point a minute (oldest first). */
    @GetMapping("/history")
    public Map<String, Object> history() {
        return Map.of("points", history.points());
    }

    /** The scheduler's Prometheus exposition, as it serves it. */
    @GetMapping("/metrics")
    public ResponseEntity<?> metrics() {
        return relay("/metrics", PROMETHEUS_TEXT);
    }

    /** The recommended replicas per model pool: {@code {"pools":[{"pool","kind","current","recommended",...}]}}. */
    @GetMapping("/capacity/replicas")
    public ResponseEntity<?> replicas() {
        return relay("/capacity/replicas", MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<?> relay(String path, MediaType type) {
        try {
            return ResponseEntity.ok().contentType(type).body(reader.read(path));
        } catch (SchedulerReader.Unreachable e) {
            return unreachable(path, e.zh(), e.en());
        }
    }

    private static ResponseEntity<Map<String, Object>> unreachable(String path, String zh, String en) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 503);
        body.put("error", "scheduler-unreachable");
        body.put("path", "/api/admin/scheduler" + path);
        body.put("message", zh + " / " + en);
        body.put("message_zh", zh);
        body.put("message_en", en);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
