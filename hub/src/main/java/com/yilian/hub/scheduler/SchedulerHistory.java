package com.yilian.hub.scheduler;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queue depth and SLO attainment per hospital over the last day, sampled from the scheduler's metrics once a minute,
 * for the IT view's charts. Kept in memory: Prometheus and the Grafana dashboard are the record; this only spares the
 * console a Prometheus of its own. SLO attainment of a sample is that of the calls finished since the previous one.
 */
@Component
public class SchedulerHistory {

    /** One sample: per hospital, calls waiting now and the share of calls that met their objective since the last. */
    public record Point(Instant at, Map<String, Double> queue, Map<String, Double> slo) {
    }

    private static final Logger log = LoggerFactory.getLogger(SchedulerHistory.class);
    private static final Pattern SAMPLE = Pattern.compile("^(yilian_scheduler_queue_depth|yilian_scheduler_slo_requests_total)"
            + "\\{([^}]*)}\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final int DAY_OF_MINUTES = 24 * 60;

    private final SchedulerReader reader;
    private final Clock clock;
    private final Deque<Point> points = new ArrayDeque<>();
    private Map<String, double[]> lastSlo = Map.of();

    @org.springframework.beans.factory.annotation.Autowired
    public SchedulerHistory(SchedulerReader reader) {
        this(reader, Clock.systemUTC());
    }

    SchedulerHistory(SchedulerReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${yilian.scheduler.history-interval-ms:60000}",
            fixedDelayString = "${yilian.scheduler.history-interval-ms:60000}")
    void sample() {
        try {
            record(reader.read("/metrics"));
        } catch (SchedulerReader.Unreachable e) {
            log.debug("scheduler metrics not sampled: {}", e.en());
        }
    }

    /** Adds one sample from the scheduler's Prometheus text. */
    synchronized void record(String metricsText) {
        Map<String, Double> queue = new TreeMap<>();
        Map<String, double[]> slo = new HashMap<>();   // tenant -> {met, all}, cumulative
        for (String line : metricsText.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!m.find()) continue;
            Map<String, String> labels = new HashMap<>();
            Matcher l = LABEL.matcher(m.group(2));
            while (l.find()) labels.put(l.group(1), l.group(2));
            String tenant = labels.get("tenant");
            double value = Double.parseDouble(m.group(3));
            if (tenant == null) continue;
            if (m.group(1).equals("yilian_scheduler_queue_depth")) {
                queue.merge(tenant, value, Double::sum);
            } else {
                double[] s = slo.computeIfAbsent(tenant, t -> new double[2]);
                if ("true".equals(labels.get("met"))) s[0] += value;
                s[1] += value;
            }
        }
        Map<String, Double> attainment = new TreeMap<>();
        for (var e : slo.entrySet()) {
            double[] before = lastSlo.getOrDefault(e.getKey(), new double[2]);
            double all = e.getValue()[1] - before[1];
            // A restarted scheduler starts its counters again: take the new totals as this interval's.
            double met = all < 0 ? e.getValue()[0] : e.getValue()[0] - before[0];
            all = all < 0 ? e.getValue()[1] : all;
            if (all > 0) attainment.put(e.getKey(), met / all);
        }
        lastSlo = slo;
        points.addLast(new Point(clock.instant(), queue, attainment));
        while (points.size() > DAY_OF_MINUTES) points.removeFirst();
    }

    public synchronized List<Point> points() {
        return List.copyOf(points);
    }
}
