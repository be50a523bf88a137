package com.yilian.hub.api.admin;

import com.yilian.hub.scheduler.SchedulerAddress;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
    // Short: an IT page waiting on an unreachable scheduler should say so, not hang.
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final SchedulerAddress address;
    private final com.yilian.hub.scheduler.SchedulerHistory history;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public SchedulerAdminController(SchedulerAddress address, com.yilian.hub.scheduler.SchedulerHistory history) {
        this.address = address;
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
        URI root = address.root().orElse(null);
        if (root == null) {
            return unreachable(path, "没有配置调度器地址，内嵌调度器也未运行",
                    "no yilian.scheduler.url is set and no embedded scheduler is running");
        }
        URI target = root.resolve(path);
        try {
            HttpResponse<String> reply = client.send(HttpRequest.newBuilder(target).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (reply.statusCode() != 200) {
                return unreachable(path, "调度器 " + target + " 返回 HTTP " + reply.statusCode(),
                        "the scheduler at " + target + " answered HTTP " + reply.statusCode());
            }
            return ResponseEntity.ok().contentType(type).body(reply.body());
        } catch (IOException e) {
            return unreachable(path, "无法连接调度器 " + target + "：" + e, "cannot reach the scheduler at " + target
                    + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable(path, "读取调度器 " + target + " 时被中断", "interrupted while reading " + target);
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
