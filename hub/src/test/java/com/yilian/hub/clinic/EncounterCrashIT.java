package com.yilian.hub.clinic;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static org.assertj.core.api.Assertions.assertThat;
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
import com.yilian.hub.support.HubProcess;
import com.yilian.tenants.Role;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built hub is killed (SIGKILL) in the middle of an intake interview and started again on the same data
 * directory: the encounter goes on where it was, and the interviewer ran exactly once per patient message.
 */
class EncounterCrashIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final Credential clinician = login(community(1), Role.CLINICIAN);

    @TempDir
    Path dir;

    @Test
    void anEncounterSurvivesAKillAndNoStepRunsTwice() throws Exception {
        KnowledgeBase kb = DiagnosticEngine.standard().knowledgeBase();
        List<DdxPatient> patients;
        Path csv = Path.of(System.getProperty("yilian.shared.dir", "../../shared"), "data", "ddxplus", "dev_patients.csv");
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            patients = new PatientFile(kb).read(in).patients();
        }
        Path dataDir = dir.resolve("data");
        String encounter = null;
        ChinesePatientResponder responder = null;
        String questionBeforeKill = null;
        HubProcess first = new HubProcess(dataDir, List.of()).start();
        try {
            HubHttp http = first.http();
            // A patient whose interview is still going after two answers (a red flag ends some at once).
            for (DdxPatient patient : patients.subList(0, 12)) {
                responder = new ChinesePatientResponder(kb, patient);
                encounter = startEncounter(http, patient, responder);
                questionBeforeKill = answer(http, encounter, responder, 2);
                if (questionBeforeKill != null) {
                    break;
                }
            }
            assertThat(questionBeforeKill).as("a patient still in the interview after two answers").isNotNull();
        } finally {
            first.kill();
        }
        int messages = 2;

        try (HubProcess second = new HubProcess(dataDir, List.of()).start()) {
            HubHttp http = second.http();
            JsonNode view = view(http, encounter);
            assertThat(view.at("/interview/waitingForPatient").asBoolean()).isTrue();
            assertThat(view.at("/interview/question").asText()).isEqualTo(questionBeforeKill);
            for (int turn = 0; turn < 60 && view.at("/interview/waitingForPatient").asBoolean(); turn++) {
                String code = view.at("/interview/questionCode").asText(null);
                Reply reply = http.postJson("/api/encounters/" + encounter + "/messages",
                        Map.of("text", code == null ? responder.openingMessage() : responder.answer(code)), clinician);
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                messages++;
                String id = encounter;
                view = await().atMost(PATIENCE).until(() -> view(http, id), v -> v.at("/interview/waitingForPatient")
                        .asBoolean() || !v.path("openTasks").isEmpty() || !v.path("incidents").isEmpty());
            }
            assertThat(view.path("incidents")).isEmpty();
            Reply steps = http.get("/engine-rest/history/activity-instance/count?activityId=Task_Interview&finished=true"
                    + "&processInstanceId=" + interviewInstance(http, encounter), clinician);
            assertThat(steps.json().get("count").asInt()).as("one interviewer step per message plus the opening")
                    .isEqualTo(messages + 1);
        }
    }

    private String startEncounter(HubHttp http, DdxPatient patient, ChinesePatientResponder responder) {
        Reply created = http.postJson("/api/encounters", Map.of("patientId", "crash-" + patient.line(),
                "age", patient.age(), "sex", patient.sexCode(), "message", responder.openingMessage()), clinician);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** Answers {@code turns} questions; the question then waiting, or null when the interview left the patient. */
    private String answer(HubHttp http, String encounter, ChinesePatientResponder responder, int turns) {
        for (int turn = 0; turn <= turns; turn++) {
            JsonNode view = await().atMost(PATIENCE).until(() -> view(http, encounter),
                    v -> v.at("/interview/waitingForPatient").asBoolean() || !v.path("openTasks").isEmpty());
            if (!view.at("/interview/waitingForPatient").asBoolean()) {
                return null;
            }
            if (turn == turns) {
                return view.at("/interview/question").asText();
            }
            String code = view.at("/interview/questionCode").asText(null);
            Reply reply = http.postJson("/api/encounters/" + encounter + "/messages",
                    Map.of("text", code == null ? responder.openingMessage() : responder.answer(code)), clinician);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
        return null;
    }

    private String interviewInstance(HubHttp http, String encounter) {
        return http.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + encounter
                + "&processDefinitionKey=intake-interview", clinician).json().get(0).get("id").asText();
    }

    private JsonNode view(HubHttp http, String encounter) {
        Reply reply = http.get("/api/encounters/" + encounter, clinician);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
