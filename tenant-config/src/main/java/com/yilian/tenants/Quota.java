package com.yilian.tenants;

/**
 * A tenant's part of the consortium's inference capacity. Fractions are of the whole consortium's capacity.
 *
 * @param share             the tenant's fair share; the shares of all tenants add up to 1
 * @param guaranteed        capacity reserved for the tenant even when others are busy; at most {@code share}
 * @param borrowLimit       how much idle capacity of others the tenant may borrow on top of its guarantee
 * @param dailyTokenBudget  tokens per day across all pools
 * @param requestsPerMinute admission limit for the tenant's model calls
 */
public record Quota(double share, double guaranteed, double borrowLimit, long dailyTokenBudget, int requestsPerMinute) {
}
