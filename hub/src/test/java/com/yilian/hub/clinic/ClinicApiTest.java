package com.yilian.hub.clinic;

import static com.yilian.hub.support.ExampleConsortiumPeople.apiKey;
import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.tenants.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clinic API's tenant rule: the hospital comes from the credential, and one hospital's encounters do not exist
 * for another (404, as for an unknown id). Every refusal is checked against the owner's success on the same call.
 */
class ClinicApiTest extends RunningHubTest {

    private static final String NANHU = community(1);
    private static final String CHENGDONG = community(0);
    private static String nanhuEncounter;

    private final Credential nanhuClinician = login(NANHU, Role.CLINICIAN);
    private final List<Credential> chengdong = List.of(login(CHENGDONG, Role.CLINICIAN),
            login(CHENGDONG, Role.CLINICAL_LEAD), login(CHENGDONG, Role.IT_ADMIN), apiKey(CHENGDONG));

    @BeforeEach
    void nanhuHasAnEncounter() {
        if (nanhuEncounter != null) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>(newEncounter());
        body.put("tenantId", CHENGDONG);   // ignored: the hospital comes from the credential
        Reply created = http().postJson("/api/encounters", body, nanhuClinician);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        nanhuEncounter = created.json().get("id").asText();
    }

    @Test
    void theOwnerSeesItsEncounterAndItBelongsToTheCredentialsHospital() {
        Reply own = http().get("/api/encounters/" + nanhuEncounter, nanhuClinician);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("patientId").asText()).isEqualTo("P-0042");
        assertThat(own.json().get("status").asText()).isEqualTo("active");
        assertThat(ids(http().get("/api/encounters?size=200", nanhuClinician))).contains(nanhuEncounter);
        assertThat(ids(http().get("/api/encounters?size=200", apiKey(NANHU)))).contains(nanhuEncounter);

        String instance = http().get("/engine-rest/process-instance?businessKey=" + nanhuEncounter
                + "&processDefinitionKey=outpatient-encounter", nanhuClinician).json().get(0).get("id").asText();
        Reply engineView = http().get("/engine-rest/process-instance/" + instance, nanhuClinician);
        assertThat(engineView.json().get("tenantId").asText()).isEqualTo(NANHU);
    }

    @Test
    void anotherHospitalCannotReadListMessageReviewOrCheckIn() {
        for (Credential other : chengdong) {
            assertUnknown(http().get("/api/encounters/" + nanhuEncounter, other));
            assertUnknown(http().get("/api/encounters/" + nanhuEncounter + "/fhir", other));
            assertUnknown(http().postJson("/api/encounters/" + nanhuEncounter + "/messages", Map.of("text", "有"), other));
            assertUnknown(http().postJson("/api/encounters/" + nanhuEncounter + "/reviews",
                    Map.of("decision", "approve"), other));
            assertUnknown(http().postJson("/api/encounters/" + nanhuEncounter + "/check-ins", Map.of("text", "好多了"), other));
            assertThat(ids(http().get("/api/encounters?size=200", other))).doesNotContain(nanhuEncounter);
        }
        assertUnknown(http().get("/api/encounters/enc-does-not-exist", nanhuClinician));
        for (Credential tertiary : List.of(login(tertiaryId(), Role.CLINICIAN), login(tertiaryId(), Role.IT_ADMIN))) {
            assertUnknown(http().get("/api/encounters/" + nanhuEncounter, tertiary));
            assertThat(ids(http().get("/api/encounters?size=200", tertiary))).doesNotContain(nanhuEncounter);
        }
    }

    @Test
    void aReviewWithNothingOpenIsAConflict() {
        Reply review = http().postJson("/api/encounters/" + nanhuEncounter + "/reviews",
                Map.of("task", "Task_ReviewDiagnosisMatrix", "decision", "approve"), nanhuClinician);
        assertThat(review.status()).as(review.toString()).isEqualTo(409);
        assertThat(review.json().get("message_zh").asText()).isNotBlank();
        assertThat(review.json().get("message_en").asText()).contains("Task_ReviewDiagnosisMatrix");
    }

    @Test
    void onlyClinicianReview() {
        Reply review = http().postJson("/api/encounters/" + nanhuEncounter + "/reviews",
                Map.of("decision", "approve"), login(NANHU, Role.IT_ADMIN));
        assertThat(review.status()).as(review.toString()).isEqualTo(403);
        assertThat(review.json().get("message_en").asText()).contains("Only clinicians");
    }

    @Test
    void aCheckInBeforeOneIsDueIsAConflict() {
        Reply checkIn = http().postJson("/api/encounters/" + nanhuEncounter + "/check-ins", Map.of("text", "好多了"),
                nanhuClinician);
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(409);
        assertThat(checkIn.json().get("error").asText()).isEqualTo("not_waiting_for_check_in");
    }

    @Test
    void badBodiesNameTheField() {
        assertBadField(http().postJson("/api/encounters", without("age"), nanhuClinician), "age");
        assertBadField(http().postJson("/api/encounters", with("sex", "X"), nanhuClinician), "sex");
        assertBadField(http().postJson("/api/encounters", with("patientId", " "), nanhuClinician), "patientId");
        assertBadField(http().postJson("/api/encounters", without("message"), nanhuClinician), "message");
        assertBadField(http().postJson("/api/encounters", "{not json", nanhuClinician), "body");
        assertBadField(http().postJson("/api/encounters/" + nanhuEncounter + "/messages", Map.of(), nanhuClinician), "text");
        assertBadField(http().get("/api/encounters?size=0", nanhuClinician), "size");
    }

    @Test
    void theOpenApiDocumentDescribesTheClinicApiForAuthenticatedCallers() {
        Reply docs = http().get("/v3/api-docs", nanhuClinician);
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/encounters")).isTrue();
        assertThat(paths.has("/api/encounters/{id}/messages")).isTrue();
        assertThat(paths.has("/api/encounters/{id}/fhir")).isTrue();
        assertThat(paths.get("/api/encounters").get("post").get("summary").asText()).contains("开始接诊").contains("Start");
        assertThat(http().get("/v3/api-docs", Credential.none()).status()).isEqualTo(401);
    }

    @Test
    void theWorkersMetersAreScraped() {
        Reply metrics = http().get("/actuator/prometheus", login(tertiaryId(), Role.IT_ADMIN), "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("yilian_agent_steps_in_flight");
    }

    private static void assertUnknown(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.json().get("error").asText()).isEqualTo("unknown_encounter");
        assertThat(reply.json().get("message_zh").asText()).contains("找不到接诊");
    }

    private static void assertBadField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
        assertThat(reply.json().get("message_en").asText()).isNotBlank();
    }

    private static Map<String, Object> newEncounter() {
        return Map.of("patientId", "P-0042", "age", 54, "sex", "F", "message", "医生您好，我最近咳嗽。");
    }

    private static Map<String, Object> without(String field) {
        Map<String, Object> body = new LinkedHashMap<>(newEncounter());
        body.remove(field);
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(newEncounter());
        body.put(field, value);
        return body;
    }

    private static List<String> ids(Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
