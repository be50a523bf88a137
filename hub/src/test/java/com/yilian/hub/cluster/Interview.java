package com.yilian.hub.cluster;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.eval.ChinesePatientResponder;
import com.yilian.agents.eval.DdxPatient;
import com.yilian.agents.eval.PatientFile;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.hub.support.HubHttp;
import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.tenants.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One DDXPlus dev patient's intake interview driven through the clinic API, on whichever replica each call names.
 * Counts the patient messages the hub acknowledged: each one must cause exactly one interviewer step.
 */
final class Interview {

    static final Credential CLINICIAN = login(community(1), Role.CLINICIAN);
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final KnowledgeBase KB = DiagnosticEngine.standard().knowledgeBase();

    private final DdxPatient patient;
    private final ChinesePatientResponder responder;
    private String encounter;
    private int messages;
    private int refusedMessages;

    Interview(DdxPatient patient) {
        this.patient = patient;
        this.responder = new ChinesePatientResponder(KB, patient);
    }

    static List<DdxPatient> patients(int count) {
        Path csv = Path.of(System.getProperty("yilian.shared.dir", "../../shared"), "data", "ddxplus", "dev_patients.csv");
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new PatientFile(KB).read(in).patients().subList(0, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the encounter with the patient's opening message (the first interviewer step). */
    Interview start(HubHttp http, String prefix) {
        Reply created = http.postJson("/api/encounters", Map.of("patientId", prefix + "-" + patient.line(),
                "age", patient.age(), "sex", patient.sexCode(), "message", responder.openingMessage()), CLINICIAN);
        if (created.status() != 201) throw new AssertionError("encounter not created: " + created);
        encounter = created.json().get("id").asText();
        return this;
    }

    /**
     * Answers the question waiting, if the interview still waits for the patient: true when a message was accepted.
     * A message the hub refused (an error status, e.g. while its database connections were cut) is not counted and
     * is sent again on the next turn.
     */
    boolean answer(HubHttp http) {
        JsonNode view = settled(http);
        if (!view.at("/interview/waitingForPatient").asBoolean()) return false;
        String code = view.at("/interview/questionCode").asText(null);
        Reply reply = http.postJson("/api/encounters/" + encounter + "/messages",
                Map.of("text", code == null ? responder.openingMessage() : responder.answer(code)), CLINICIAN);
        if (reply.status() != 200) {
            refusedMessages++;
            return false;
        }
        messages++;
        return true;
    }

    /** Waits until the interview waits for the patient, or has left the interview for a clinician's task. */
    JsonNode settled(HubHttp http) {
        return await().atMost(PATIENCE).ignoreExceptions().pollInterval(Duration.ofMillis(200))
                .until(() -> view(http), v -> v.at("/interview/waitingForPatient").asBoolean()
                        || !v.path("openTasks").isEmpty() || !v.path("incidents").isEmpty());
    }

    /** True when the interview waits for the patient or has left the interview, without waiting. */
    boolean settledNow(HubHttp http) {
        JsonNode v = view(http);
        return v.at("/interview/waitingForPatient").asBoolean() || !v.path("openTasks").isEmpty()
                || !v.path("incidents").isEmpty();
    }

    /** Counts a message sent by the caller itself, e.g. one whose step is held and whose replica is then killed. */
    void countMessageSentElsewhere() {
        messages++;
    }

    String messageFor(JsonNode view) {
        String code = view.at("/interview/questionCode").asText(null);
        return code == null ? responder.openingMessage() : responder.answer(code);
    }

    DdxPatient patient() {
        return patient;
    }

    String encounter() {
        return encounter;
    }

    int messages() {
        return messages;
    }

    int refusedMessages() {
        return refusedMessages;
    }

    private JsonNode view(HubHttp http) {
        Reply reply = http.get("/api/encounters/" + encounter, CLINICIAN);
        if (reply.status() != 200) throw new IllegalStateException("encounter view: " + reply);
        return reply.json();
    }
}
