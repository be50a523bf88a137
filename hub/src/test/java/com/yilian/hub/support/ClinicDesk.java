package com.yilian.hub.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.HubHttp.Reply;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** A clinician at the clinic API, as the end-to-end tests drive it: read an encounter, wait for a review, approve. */
public final class ClinicDesk {

    private final Supplier<HubHttp> http;
    private final Credential clinician;
    private final Duration patience;

    /** @param http supplied lazily: a test's hub port is known only once it runs */
    public ClinicDesk(Supplier<HubHttp> http, Credential clinician, Duration patience) {
        this.http = http;
        this.clinician = clinician;
        this.patience = patience;
    }

    public JsonNode view(String encounter) {
        Reply reply = http.get().get("/api/encounters/" + encounter, clinician);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    public JsonNode awaitReview(String encounter, String task) {
        return await().atMost(patience).until(() -> view(encounter), v -> reviewOpen(v, task));
    }

    public static boolean reviewOpen(JsonNode view, String task) {
        return task.equals(view.path("openReview").path("task").asText());
    }

    public void approve(String encounter, String task) {
        Reply reply = http.get().postJson("/api/encounters/" + encounter + "/reviews",
                Map.of("task", task, "decision", "approve", "comment", "同意"), clinician);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
}
