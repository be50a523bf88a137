package com.yilian.scheduler.gateway;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** Error answers in the OpenAI shape, {@code {"error": {"message", "type", "code"}}}, so clients' SDKs read them. */
final class Answers {
    private Answers() {
    }

    static JsonObject error(String type, String message) {
        return new JsonObject().put("error", new JsonObject().put("message", message).put("type", type).put("code", type));
    }

    static void fail(HttpServerResponse response, int status, String type, String message) {
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(error(type, message).encode());
    }

    /**
     * A call stopped by a limit: 429 or 503 with {@code Retry-After}, the OpenAI error shape (English message) plus
     * the limit's name and the message in Chinese first, then English, for the clinic console to show.
     */
    static void limited(HttpServerResponse response, int status, String limit, long retryAfterSeconds,
                        String zh, String en) {
        if (response.ended() || response.closed()) {
            return;
        }
        JsonObject body = error(status == 503 ? "service_unavailable" : "rate_limit_exceeded", en);
        body.getJsonObject("error").put("limit", limit).put("retry_after_seconds", retryAfterSeconds)
                .put("messages", new JsonObject().put("zh", zh).put("en", en));
        response.setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Retry-After", Long.toString(retryAfterSeconds)).end(body.encode());
    }

    /** The call waited its priority's limit for a place (maxQueueWait). */
    static void queueWaitExceeded(HttpServerResponse response, String priority, long seconds) {
        limited(response, 429, "max_queue_wait." + priority, Math.max(1, Math.min(60, seconds / 2)),
                "排队等待已达 " + seconds + " 秒（" + priority + " 优先级的上限），当前算力繁忙，请稍后重试",
                "the call waited " + seconds + " s for a place, the limit for " + priority
                        + " calls (maxQueueWait); capacity is busy, retry later");
    }

    /** Every pool the call's data class may use failed on its last call. */
    static void poolsUnavailable(HttpServerResponse response, java.util.List<String> pools) {
        limited(response, 503, "pools_unavailable", 30,
                "可用的模型资源池暂时无法访问（" + String.join("、", pools) + "），请稍后重试",
                "the model pools this call may use are unavailable (" + String.join(", ", pools) + "); retry later");
    }
}
