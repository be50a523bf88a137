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
import com.yilian.hub.support.FakeOpenAiModel;
import com.yilian.hub.support.ClinicDesk;
import com.yilian.hub.support.HubHttp;
import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.tenants.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outpatient encounter with a model: the hub's agents call an OpenAI-compatible endpoint (a fake one on
 * loopback that answers each agent's structured output), so results are the model's, not degraded; a 429 in the
 * middle of the interview degrades that turn only; every request the endpoint received has its audit record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EncounterWithModelTest {

    private static final FakeOpenAiModel MODEL = new FakeOpenAiModel();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String HOSPITAL = community(1);
    // Routed to an endpoint marked remote: its PHI steps must leave the hub de-identified.
    private static final String REMOTE_ROUTED = community(0);
    private static final String NAME = "欧阳娜娜";
    private static final String PHONE = "13812345678";
    private static final int MAX_TURNS = 60;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final Credential clinician = login(HOSPITAL, Role.CLINICIAN);
    private final ClinicDesk desk = new ClinicDesk(this::http, clinician, PATIENCE);
    private Integer quotaTurn;

    @DynamicPropertySource
    static void hubWithModel(DynamicPropertyRegistry registry) throws IOException {
        registry.add("yilian.data-dir", () -> tempDir().toString());
        registry.add("yilian.reload-interval", () -> "1h");
        registry.add("yilian.scheduler.port", () -> "0");
        // A second hub in this JVM beside the shared one of RunningHubTest: its engine needs its own name.
        registry.add("camunda.bpm.process-engine-name", () -> "withModel");
        registry.add("yilian.models.endpoints[0].id", () -> "fake-local");
        registry.add("yilian.models.endpoints[0].base-url", MODEL::baseUrl);
        registry.add("yilian.models.endpoints[0].model", () -> FakeOpenAiModel.MODEL);
        registry.add("yilian.models.endpoints[0].api-key", () -> "test-key");
        registry.add("yilian.models.endpoints[0].remote", () -> "false");
        registry.add("yilian.models.endpoints[0].timeout", () -> "20s");
        registry.add("yilian.models.endpoints[0].max-retries", () -> "0");
        registry.add("yilian.models.endpoints[1].id", () -> "fake-remote");
        registry.add("yilian.models.endpoints[1].base-url", MODEL::baseUrl);
        registry.add("yilian.models.endpoints[1].model", () -> FakeOpenAiModel.MODEL);
        registry.add("yilian.models.endpoints[1].api-key", () -> "remote-key");
        registry.add("yilian.models.endpoints[1].remote", () -> "true");
        registry.add("yilian.models.endpoints[1].timeout", () -> "20s");
        registry.add("yilian.models.endpoints[1].max-retries", () -> "0");
        registry.add("yilian.models.routes[0].tenants[0]", () -> REMOTE_ROUTED);
        registry.add("yilian.models.routes[0].agents[0]", () -> "*");
        registry.add("yilian.models.routes[0].data-classes[0]", () -> "*");
        registry.add("yilian.models.routes[0].endpoint", () -> "fake-remote");
        registry.add("yilian.models.routes[1].tenants[0]", () -> "*");
        registry.add("yilian.models.routes[1].agents[0]", () -> "*");
        registry.add("yilian.models.routes[1].data-classes[0]", () -> "*");
        registry.add("yilian.models.routes[1].endpoint", () -> "fake-local");
    }

    @AfterAll
    static void stopModel() {
        MODEL.close();
    }

    @Test
    void theModelsResultsCarryTheModelAndEveryCallIsAudited() throws IOException {
        MODEL.status = 200;
        String encounter = firstFinishedInterview(null);

        JsonNode intake = desk.awaitReview(encounter, "Task_ReviewIntake");
        assertModelled(intake, "intakeSummary");
        desk.approve(encounter, "Task_ReviewIntake");
        JsonNode matrix = desk.awaitReview(encounter, "Task_ReviewDiagnosisMatrix");
        assertModelled(matrix, "diagnosisMatrix");
        assertThat(matrix.at("/results/diagnosisMatrix/value/rows/0/rationaleSource").asText()).isEqualTo("model");
        desk.approve(encounter, "Task_ReviewDiagnosisMatrix");
        JsonNode exams = desk.awaitReview(encounter, "Task_ReviewExamPlan");
        assertModelled(exams, "examPlan");
        assertThat(exams.at("/results/examPlan/value/exams/0/whyNowSource").asText()).isEqualTo("model");
        desk.approve(encounter, "Task_ReviewExamPlan");
        desk.approve(encounter, desk.awaitReview(encounter, "Task_EncounterSignOff").at("/openReview/task").asText());
        JsonNode plan = desk.awaitReview(encounter, "Task_ReviewFollowUpPlan");
        assertModelled(plan, "followUpPlan");
        assertThat(plan.at("/results/followUpPlan/value/planText/zh").asText()).contains("复诊");
        desk.approve(encounter, "Task_ReviewFollowUpPlan");
        await().atMost(PATIENCE).until(() -> desk.view(encounter), v -> v.get("timers").size() > 0);

        assertThat(MODEL.count("diagnosis-matrix")).isPositive();
        assertThat(MODEL.count("exam-recommender")).isPositive();
        assertThat(MODEL.count("follow-up-planner")).isPositive();
        assertThat(MODEL.count("unknown")).as("every request was recognised as an agent's").isZero();
        assertEveryRequestAudited();
    }

    @Test
    void aQuotaRunningOutMidInterviewDegradesThoseTurnsAndTheEncounterGoesOn() throws IOException {
        MODEL.status = 200;
        int refusedBefore = refused();
        String encounter = firstFinishedInterview(1);
        assertThat(refused()).as("the endpoint answered 429 during the interview").isGreaterThan(refusedBefore);
        JsonNode intake = desk.awaitReview(encounter, "Task_ReviewIntake");
        // The last turns were the model's again, on the state the engine-only turn left.
        assertThat(intake.at("/results/intakeSummary/degraded").asBoolean()).isFalse();
        desk.approve(encounter, "Task_ReviewIntake");
        assertModelled(desk.awaitReview(encounter, "Task_ReviewDiagnosisMatrix"), "diagnosisMatrix");
        assertEveryRequestAudited();
    }

    @Test
    void aPatientsNameAndPhoneInTheirOwnWordsDoNotReachAnEndpointMarkedRemote() {
        MODEL.status = 200;
        int before = MODEL.received.size();
        Credential nurse = login(REMOTE_ROUTED, Role.CLINICIAN);
        Reply created = http().postJson("/api/encounters", Map.of("patientId", "P-remote-1", "age", 45, "sex", "F",
                "message", "患者" + NAME + "，电话" + PHONE + "，咳嗽三天了，有点发烧"), nurse);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode first = await().atMost(PATIENCE).until(() -> http().get("/api/encounters/" + id, nurse).json(),
                v -> v.at("/results/intakeSummary/value").isObject());
        assertThat(first.at("/results/intakeSummary/value/model/endpoint").asText()).isEqualTo("fake-remote");

        List<FakeOpenAiModel.Received> sent = MODEL.received.subList(before, MODEL.received.size());
        assertThat(sent).as("the intake step called the remote endpoint").isNotEmpty();
        assertThat(sent).allSatisfy(r -> {
            assertThat(r.raw()).doesNotContain(NAME, PHONE);
            assertThat(r.dataClassHeader()).isEqualTo("deidentified");
        });
        assertThat(sent).anySatisfy(r -> assertThat(r.raw()).contains("[姓名1]"));
        assertEveryRequestAudited();
    }

    private static int refused() {
        return (int) MODEL.received.stream().filter(r -> r.answeredStatus() == 429).count();
    }

    private void assertModelled(JsonNode view, String result) {
        JsonNode r = view.at("/results/" + result);
        assertThat(r.path("degraded").asBoolean()).as(result + " " + r).isFalse();
        assertThat(r.at("/value/model/endpoint").asText()).as(result + " model").isEqualTo("fake-local");
        assertThat(r.at("/value/model/model").asText()).isNotBlank();
    }

    /** Both sides counted: the requests the endpoint received and the hub's model-call audit records. */
    private void assertEveryRequestAudited() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM yilian_outbox WHERE event_type = 'model-call'", Long.class))
                .isEqualTo((long) MODEL.received.size()));
        assertThat(MODEL.received).isNotEmpty();
    }

    /**
     * Interviews development patients until one finishes without a red flag. With {@code quotaAtTurn}, the endpoint
     * answers 429 for that turn of the first patient, whose intake is then checked to be degraded quota-exhausted.
     */
    private String firstFinishedInterview(Integer quotaAtTurn) throws IOException {
        KnowledgeBase kb = DiagnosticEngine.standard().knowledgeBase();
        List<DdxPatient> patients = devPatients(kb);
        quotaTurn = quotaAtTurn;
        for (DdxPatient patient : patients.subList(0, Math.min(patients.size(), 12))) {
            String id = interview(patient, new ChinesePatientResponder(kb, patient));
            if (id != null) return id;
        }
        throw new AssertionError("no patient among the first twelve finished the interview without a red flag");
    }

    private String interview(DdxPatient patient, ChinesePatientResponder responder) {
        Reply created = http().postJson("/api/encounters", Map.of("patientId", "ddx-" + patient.line(),
                "age", patient.age(), "sex", patient.sexCode(), "message", responder.openingMessage()), clinician);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode first = await().atMost(PATIENCE).until(() -> desk.view(id), v -> v.path("interview")
                .path("waitingForPatient").asBoolean() || !v.path("openTasks").isEmpty());
        if (!first.path("interview").path("waitingForPatient").asBoolean()) {
            return ClinicDesk.reviewOpen(first, "Task_ReviewIntake") ? id : null;
        }
        String code = first.at("/interview/questionCode").asText(null);
        for (int turn = 0; turn < MAX_TURNS; turn++) {
            // The 429 goes to the first patient whose interview reaches that turn (one may end early on a red flag).
            boolean quota = quotaTurn != null && turn == quotaTurn;
            if (quota) quotaTurn = null;
            MODEL.status = quota ? 429 : 200;
            String answer = code == null ? responder.openingMessage() : responder.answer(code);
            Reply reply = http().postJson("/api/encounters/" + id + "/messages", Map.of("text", answer), clinician,
                    "application/json");
            MODEL.status = 200;
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode now = desk.view(id);
            if (quota) {
                assertThat(now.at("/results/intakeSummary/value/degradedCode").asText()).as(now.toString())
                        .isEqualTo("quota-exhausted");
            } else if (now.path("interview").path("waitingForPatient").asBoolean()) {
                assertThat(now.at("/results/intakeSummary/degraded").asBoolean()).as("a model turn").isFalse();
            }
            if (ClinicDesk.reviewOpen(now, "Task_ReviewIntake") || !now.path("openTasks").isEmpty()
                    && !now.path("interview").path("waitingForPatient").asBoolean()) {
                return ClinicDesk.reviewOpen(awaitAny(id), "Task_ReviewIntake") ? id : null;
            }
            if (!now.path("interview").path("waitingForPatient").asBoolean()) {
                JsonNode settled = awaitAny(id);
                if (!settled.path("interview").path("waitingForPatient").asBoolean()) {
                    return ClinicDesk.reviewOpen(settled, "Task_ReviewIntake") ? id : null;
                }
                now = settled;
            }
            code = now.at("/interview/questionCode").asText(null);
        }
        throw new AssertionError("the interview did not end within " + MAX_TURNS + " turns");
    }

    private JsonNode awaitAny(String encounter) {
        return await().atMost(PATIENCE).until(() -> desk.view(encounter), v -> v.path("interview")
                .path("waitingForPatient").asBoolean() || v.path("openReview").has("task") || v.path("ended").asBoolean());
    }





    private HubHttp http() {
        return new HubHttp("http://127.0.0.1:" + port);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("yilian-hub-model-test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<DdxPatient> devPatients(KnowledgeBase kb) throws IOException {
        Path file = Path.of(System.getProperty("yilian.shared.dir", "../../shared"), "data", "ddxplus",
                "dev_patients.csv");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new PatientFile(kb).read(in).patients();
        }
    }
}
