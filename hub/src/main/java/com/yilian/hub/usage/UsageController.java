package com.yilian.hub.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Central IT's usage ledger: tokens, GPU time and remote spend per hospital and day (admin API, IT only). */
@RestController
@RequestMapping("/api/admin/usage")
public class UsageController {

    public record Totals(long requests, long promptTokens, long outputTokens, double gpuSeconds, double remoteCost) {
        Totals plus(UsageRow r) {
            return new Totals(requests + r.requests(), promptTokens + r.promptTokens(),
                    outputTokens + r.outputTokens(), gpuSeconds + r.gpuSeconds(), remoteCost + r.remoteCost());
        }
    }

    public record Usage(LocalDate from, LocalDate to, Map<String, Totals> byHospital, List<UsageRow> rows) {
    }

    private final UsageLedger ledger;

    public UsageController(UsageLedger ledger) {
        this.ledger = ledger;
    }

    /** Defaults to today in the consortium's time zone. */
    @GetMapping
    public Usage usage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(required = false) String tenant) {
        LocalDate today = LocalDate.now(ledger.zone());
        LocalDate start = from == null ? today : from;
        LocalDate end = to == null ? start.isAfter(today) ? start : today : to;
        List<UsageRow> rows = ledger.rows(start, end, tenant);
        Map<String, Totals> totals = new TreeMap<>();
        for (UsageRow r : rows) totals.merge(r.tenant(), new Totals(0, 0, 0, 0, 0).plus(r), (a, b) -> a.plus(r));
        return new Usage(start, end, totals, rows);
    }
}
