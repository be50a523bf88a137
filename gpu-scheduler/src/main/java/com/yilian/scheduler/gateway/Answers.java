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
}
