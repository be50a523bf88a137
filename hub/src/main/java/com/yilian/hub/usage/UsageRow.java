package com.yilian.hub.usage;

import java.time.LocalDate;

/** One hospital's use of one model pool on one day (consortium local time). */
public record UsageRow(String tenant, LocalDate day, String pool, long requests, long promptTokens,
                       long outputTokens, double gpuSeconds, double remoteCost) {
}
