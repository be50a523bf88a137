package com.yilian.hub.clinic;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static com.yilian.hub.support.ExampleConsortiumPeople.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.eval.ChinesePatientResponder;
import com.yilian.agents.eval.DdxPatient;
import com.yilian.agents.eval.PatientFile;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.hub.support.ClinicDesk;
import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.tenants.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One DDXPlus development patient through the whole outpatient encounter, on the embedded default with no model
 * (the knowledge engine's agents, marked degraded), driven only through the clinic API: the patient answers the
 * interview in Chinese over server-sent events, a clinician approves every proposal, signs off, and the follow-up
 * plan's first check-in is scheduled. The FHIR view then carries the results.
 */
class EncounterEndToEndTest extends RunningHubTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String HOSPITAL = community(1);
    private static final int MAX_TURNS = 60;

    private final Credential clinician = login(HOSPITAL, Role.CLINICIAN);
    private final ClinicDesk desk = new ClinicDesk(this::http, clinician, PATIENCE);
    private final List<Long> turnMillis = new ArrayList<>();

    /** One SSE event of the messages endpoint. */
    private record Event(String name, JsonNode data) {
    }

    @Test
    void aPatientIsInterviewedDiagnosedExaminedSignedOffAndFollowedUp() throws IOException {
        KnowledgeBase kb = DiagnosticEngine.standard().knowledgeBase();
        List<DdxPatient> patients = devPatients(kb);
        String found = null;
        for (DdxPatient patient : patients.subList(0, Math.min(patients.size(), 12))) {
            found = interview(patient, new ChinesePatientResponder(kb, patient));
            if (found != null) {
                break;
            }
        }
        String encounter = found;
        assertThat(encounter).as("a patient among the first twelve finishes the interview without a red flag").isNotNull();
        // A figure, not an assertion: one interview turn through the API (message in, next question out).
        System.out.printf("Interview turns over SSE: %d, mean %.0f ms, max %d ms%n", turnMillis.size(),
                turnMillis.stream().mapToLong(Long::longValue).average().orElse(0),
                turnMillis.stream().mapToLong(Long::longValue).max().orElse(0));

        JsonNode intake = desk.awaitReview(encounter, "Task_ReviewIntake");
        assertThat(intake.at("/results/intakeSummary/status").asText()).isEqualTo("proposal");
        desk.approve(encounter, "Task_ReviewIntake");

        JsonNode matrix = desk.awaitReview(encounter, "Task_ReviewDiagnosisMatrix");
        assertThat(matrix.at("/results/intakeSummary/status").asText()).isEqualTo("approved");
        assertThat(matrix.at("/results/diagnosisMatrix/status").asText()).isEqualTo("proposal");
        assertThat(matrix.at("/results/diagnosisMatrix/value/rows").size()).isPositive();
        assertThat(matrix.at("/results/diagnosisMatrix/degraded").asBoolean()).as("no model: engine alone").isTrue();
        assertThat(matrix.get("degraded").asBoolean()).isTrue();
        Reply reject = http().postJson("/api/encounters/" + encounter + "/reviews", Map.of("task",
                "Task_ReviewDiagnosisMatrix", "decision", "reject", "comment", "请考虑过敏因素"), clinician);
        assertThat(reject.status()).as(reject.toString()).isEqualTo(200);
        JsonNode rerun = await().atMost(PATIENCE).until(() -> desk.view(encounter), v -> ClinicDesk.reviewOpen(v, "Task_ReviewDiagnosisMatrix")
                && v.at("/results/diagnosisMatrix/value/clinicianComment").isTextual());
        assertThat(rerun.at("/results/diagnosisMatrix/value/clinicianComment").asText()).isEqualTo("请考虑过敏因素");
        assertThat(rerun.at("/results/diagnosisMatrix/status").asText()).as("the re-run is a new proposal")
                .isEqualTo("proposal");
        desk.approve(encounter, "Task_ReviewDiagnosisMatrix");

        JsonNode exams = desk.awaitReview(encounter, "Task_ReviewExamPlan");
        assertThat(exams.at("/results/examPlan/status").asText()).isEqualTo("proposal");
        ObjectNode edited = (ObjectNode) exams.at("/results/examPlan/value").deepCopy();
        edited.put("clinicianNote", "血常规先做 / Blood count first");
        Reply edit = http().postJson("/api/encounters/" + encounter + "/reviews",
                Map.of("decision", "edit", "comment", "按本院条件调整", "editedResult", edited), clinician);
        assertThat(edit.status()).as(edit.toString()).isEqualTo(200);

        JsonNode signOff = desk.awaitReview(encounter, "Task_EncounterSignOff");
        assertThat(signOff.at("/results/examPlan/status").asText()).isEqualTo("approved");
        assertThat(signOff.at("/results/examPlan/value/clinicianNote").asText()).contains("血常规");
        desk.approve(encounter, "Task_EncounterSignOff");

        JsonNode plan = desk.awaitReview(encounter, "Task_ReviewFollowUpPlan");
        assertThat(plan.at("/results/followUpPlan/status").asText()).isEqualTo("proposal");
        assertThat(resourceTypes(fhir(encounter)).stream().filter(r -> r.startsWith("CarePlan")).toList())
                .containsExactly("CarePlan:draft");
        desk.approve(encounter, "Task_ReviewFollowUpPlan");

        JsonNode following = await().atMost(PATIENCE).until(() -> desk.view(encounter), v -> v.get("timers").size() > 0);
        JsonNode timer = following.get("timers").get(0);
        assertThat(timer.get("process").asText()).isEqualTo("follow-up");
        assertThat(timer.get("activityId").asText()).isEqualTo("Timer_NextCheckIn");
        assertThat(Instant.parse(timer.get("due").asText())).isAfter(Instant.now());
        assertThat(following.at("/results/followUpPlan/status").asText()).isEqualTo("approved");

        Reply early = http().postJson("/api/encounters/" + encounter + "/check-ins", Map.of("text", "好多了"), clinician);
        assertThat(early.status()).as("no check-in is due yet: " + early).isEqualTo(409);
        checkInFallsDue(encounter);
        Reply checkIn = http().postJson("/api/encounters/" + encounter + "/check-ins",
                Map.of("text", "咳嗽好多了，不发烧了，睡得也好"), clinician);
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(202);
        JsonNode assessed = await().atMost(PATIENCE).until(() -> desk.view(encounter),
                v -> v.at("/results/checkInAssessment/status").isTextual());
        assertThat(assessed.at("/results/checkInAssessment/status").asText()).isEqualTo("proposal");

        Reply history = http().get("/engine-rest/history/task?processInstanceBusinessKey=" + encounter
                + "&taskDefinitionKey=Task_ReviewDiagnosisMatrix", clinician);
        assertThat(history.json().get(0).get("assignee").asText()).as("Camunda history shows who approved")
                .isEqualTo(username(HOSPITAL, Role.CLINICIAN));

        List<String> types = resourceTypes(fhir(encounter));
        assertThat(types).contains("QuestionnaireResponse:completed", "CarePlan:active");
        assertThat(types).anyMatch(t -> t.equals("Condition:differential"));
        assertThat(types).anyMatch(t -> t.equals("ServiceRequest:proposal"));

        String metrics = http().get("/actuator/prometheus", login(tertiaryId(), Role.IT_ADMIN), "text/plain").body();
        assertThat(metrics).contains("yilian_agent_steps_total{agent=\"diagnosis-matrix\"")
                .contains("yilian_agent_step_duration_seconds_count{agent=\"intake-interviewer\"");
    }

    /** Runs the check-in timer now, as Cockpit would: the clinic's own job, under the tenant check. */
    private void checkInFallsDue(String encounter) {
        String followUp = http().get("/engine-rest/process-instance?businessKey=" + encounter
                + "&processDefinitionKey=follow-up", clinician).json().get(0).get("id").asText();
        JsonNode jobs = http().get("/engine-rest/job?timers=true&processInstanceId=" + followUp, clinician).json();
        assertThat(jobs.size()).isEqualTo(1);
        Reply run = http().postJson("/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", Map.of(), clinician);
        assertThat(run.status()).as(run.toString()).isEqualTo(204);
    }

    /** Runs the interview; returns the encounter id when it ended for review, null when a red flag ended it. */
    private String interview(DdxPatient patient, ChinesePatientResponder responder) {
        Reply created = http().postJson("/api/encounters", Map.of("patientId", "ddx-" + patient.line(),
                "age", patient.age(), "sex", patient.sexCode(), "message", responder.openingMessage()), clinician);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode first = await().atMost(PATIENCE).until(() -> desk.view(id), v -> v.path("interview").path("waitingForPatient")
                .asBoolean() || !v.path("openTasks").isEmpty());
        if (!first.path("interview").path("waitingForPatient").asBoolean()) {
            return ClinicDesk.reviewOpen(first, "Task_ReviewIntake") ? id : null;
        }
        String code = first.at("/interview/questionCode").asText(null);
        for (int turn = 0; turn < MAX_TURNS; turn++) {
            String answer = code == null ? responder.openingMessage() : responder.answer(code);
            long sent = System.nanoTime();
            Reply reply = http().postJson("/api/encounters/" + id + "/messages", Map.of("text", answer), clinician,
                    "text/event-stream");
            turnMillis.add((System.nanoTime() - sent) / 1_000_000);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.headers().get("content-type").get(0)).startsWith("text/event-stream");
            // Written before the stream starts, on the request thread (see SecurityConfiguration).
            assertThat(reply.headers().get("x-content-type-options")).as("security headers").containsExactly("nosniff");
            List<Event> events = events(reply.body());
            assertThat(events.get(0).name()).isEqualTo("status");
            Event last = events.get(events.size() - 1);
            switch (last.name()) {
                case "question" -> {
                    assertThat(last.data().get("question").asText()).isNotBlank();
                    code = last.data().path("code").isTextual() ? last.data().get("code").asText() : null;
                }
                case "done" -> {
                    return id;
                }
                case "red-flag" -> {
                    assertThat(last.data().get("redFlagCode").asText()).isNotBlank();
                    if (!desk.view(id).path("interview").path("waitingForPatient").asBoolean()) {
                        return null;
                    }
                    code = desk.view(id).at("/interview/questionCode").asText(null);
                }
                default -> throw new AssertionError("interview failed: " + reply.body());
            }
        }
        throw new AssertionError("the interview did not end within " + MAX_TURNS + " turns");
    }





    private JsonNode fhir(String encounter) {
        Reply reply = http().get("/api/encounters/" + encounter + "/fhir", clinician, "application/fhir+json");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.headers().get("content-type").get(0)).startsWith("application/fhir+json");
        JsonNode bundle = reply.json();
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asText()).isEqualTo("collection");
        return bundle;
    }

    /** Each entry as type:status, the status that matters for that type. */
    private static List<String> resourceTypes(JsonNode bundle) {
        List<String> types = new ArrayList<>();
        for (JsonNode entry : bundle.get("entry")) {
            JsonNode r = entry.get("resource");
            String type = r.get("resourceType").asText();
            String status = switch (type) {
                case "Condition" -> r.at("/verificationStatus/coding/0/code").asText();
                case "ServiceRequest" -> r.get("intent").asText();
                default -> r.get("status").asText();
            };
            types.add(type + ":" + status);
        }
        return types;
    }

    private static List<Event> events(String body) {
        List<Event> events = new ArrayList<>();
        String name = null;
        StringBuilder data = new StringBuilder();
        for (String line : (body + "\n\n").split("\n", -1)) {
            if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5));
            } else if (line.isBlank() && name != null) {
                try {
                    events.add(new Event(name, JSON.readTree(data.toString())));
                } catch (IOException e) {
                    throw new AssertionError("event data is not JSON: " + data, e);
                }
                name = null;
                data.setLength(0);
            }
        }
        assertThat(events).as("events in " + body).isNotEmpty();
        return events;
    }

    private static List<DdxPatient> devPatients(KnowledgeBase kb) throws IOException {
        Path file = Path.of(System.getProperty("yilian.shared.dir", "../../shared"), "data", "ddxplus", "dev_patients.csv");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new PatientFile(kb).read(in).patients();
        }
    }
}
