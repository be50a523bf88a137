package com.yilian.scheduler.gateway;

import com.yilian.tenants.Tenant;
import io.vertx.core.http.HttpServerResponse;

/**
 * The limits checked before the scheduling core sees a call: the tenant's daily token budget, then its requests per
 * minute. A refused call is answered 429 here with {@code Retry-After} and the limit named in Chinese and English.
 */
final class Admission {
    private final RequestRate rate = new RequestRate();
    private final DailyTokenBudget budget;
    private final CallAccounting accounting;

    Admission(DailyTokenBudget budget, CallAccounting accounting) {
        this.budget = budget;
        this.accounting = accounting;
    }

    /** True when the call may queue; false after answering it. */
    boolean admit(HttpServerResponse response, Tenant tenant, long nowMs) {
        long dailyBudget = tenant.quota().dailyTokenBudget();
        budget.watch(tenant.id(), nowMs);
        long untilMidnight = budget.retryAfter(tenant.id(), dailyBudget, nowMs);
        if (untilMidnight > 0) {
            accounting.rejected(tenant.id(), "daily_token_budget");
            Answers.limited(response, 429, "daily_token_budget", untilMidnight,
                    "本院今日的模型令牌额度（" + dailyBudget + "）已用完，将于当地午夜重置",
                    "tenant " + tenant.id() + " has used its daily token budget of " + dailyBudget
                            + " tokens (quota.dailyTokenBudget); it resets at local midnight");
            return false;
        }
        int perMinute = tenant.quota().requestsPerMinute();
        long retryAfter = rate.admit(tenant.id(), perMinute, nowMs);
        if (retryAfter > 0) {
            accounting.rejected(tenant.id(), "requests_per_minute");
            Answers.limited(response, 429, "requests_per_minute", retryAfter,
                    "本院每分钟请求数已达上限（" + perMinute + " 次/分钟），请 " + retryAfter + " 秒后重试",
                    "tenant " + tenant.id() + " is over its limit of " + perMinute
                            + " requests per minute (quota.requestsPerMinute); retry after " + retryAfter + " s");
            return false;
        }
        return true;
    }
}
