package com.yilian.hub;

import static com.yilian.hub.support.ExampleConsortiumPeople.apiKey;
import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static com.yilian.hub.support.ExampleConsortiumPeople.username;
import static com.yilian.hub.support.TestModels.reviewProcess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.tenants.Role;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One community hospital's patients are invisible and untouchable for another: every check is made twice, once by
 * the owning hospital (which must succeed, so that a failure for the other is isolation and not a broken request).
 */
class TenantIsolationTest extends RunningHubTest {

    private static final String A = community(0);
    private static final String B = community(1);
    private static Fixture fixture;

    /** What hospital A has: a started shared workflow, its own model and a started instance of that. */
    private record Fixture(String sharedDeployment, String ownDeployment, String sharedInstance, String ownInstance,
                           String task) {
    }

    private final Credential clinicianA = login(A, Role.CLINICIAN);
    private final List<Credential> hospitalB = List.of(login(B, Role.CLINICIAN), login(B, Role.CLINICAL_LEAD),
            login(B, Role.IT_ADMIN), apiKey(B));

    @BeforeEach
    void hospitalAHasPatientsInFlight() {
        if (fixture != null) {
            return;
        }
        Reply shared = http().modelerDeploy(login(tertiaryId(), Role.CLINICAL_LEAD), "iso-shared", null,
                "iso-shared.bpmn", reviewProcess("iso_shared"));
        Reply own = http().modelerDeploy(login(A, Role.CLINICAL_LEAD), "iso-own", A, "iso-own.bpmn",
                reviewProcess("iso_own"));
        assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        Reply sharedStart = http().postJson("/engine-rest/process-definition/key/iso_shared/start", Map.of(), clinicianA);
        Reply ownStart = http().postJson("/engine-rest/process-definition/key/iso_own/tenant-id/" + A + "/start",
                Map.of(), clinicianA);
        assertThat(sharedStart.status()).as(sharedStart.toString()).isEqualTo(200);
        assertThat(ownStart.status()).as(ownStart.toString()).isEqualTo(200);
        String sharedInstance = sharedStart.json().get("id").asText();
        Reply tasks = http().get("/engine-rest/task?processInstanceId=" + sharedInstance, clinicianA);
        fixture = new Fixture(shared.json().get("id").asText(), own.json().get("id").asText(), sharedInstance,
                ownStart.json().get("id").asText(), tasks.json().get(0).get("id").asText());
    }

    @Test
    void aSharedModelStartedByAHospitalBelongsToThatHospital() {
        Reply instance = http().get("/engine-rest/process-instance/" + fixture.sharedInstance(), clinicianA);
        assertThat(instance.status()).isEqualTo(200);
        assertThat(instance.json().get("tenantId").asText()).isEqualTo(A);
    }

    @Test
    void anotherHospitalCannotListOrReadInstances() {
        for (Credential other : hospitalB) {
            assertThat(ids(http().get("/engine-rest/process-instance", other)))
                    .doesNotContain(fixture.sharedInstance(), fixture.ownInstance());
            assertThat(http().get("/engine-rest/process-instance/" + fixture.sharedInstance(), other).status())
                    .isEqualTo(404);
            assertThat(ids(http().get("/engine-rest/history/process-instance", other)))
                    .doesNotContain(fixture.sharedInstance(), fixture.ownInstance());
            assertThat(http().get("/engine-rest/process-instance/" + fixture.ownInstance() + "/variables", other).status())
                    .isNotEqualTo(200);
        }
        assertThat(ids(http().get("/engine-rest/process-instance", clinicianA)))
                .contains(fixture.sharedInstance(), fixture.ownInstance());
    }

    @Test
    void anotherHospitalCannotSeeOrWorkOnTasks() {
        for (Credential other : hospitalB) {
            assertThat(ids(http().get("/engine-rest/task", other))).doesNotContain(fixture.task());
            assertThat(http().get("/engine-rest/task/" + fixture.task(), other).status()).isEqualTo(404);
            assertThat(http().postJson("/engine-rest/task/" + fixture.task() + "/claim",
                    Map.of("userId", username(B, Role.CLINICIAN)), other).status()).isNotEqualTo(204);
            assertThat(http().postJson("/engine-rest/task/" + fixture.task() + "/complete", Map.of(), other).status())
                    .isNotEqualTo(204);
        }
        assertThat(http().get("/engine-rest/task/" + fixture.task(), clinicianA).status()).isEqualTo(200);
        assertThat(http().get("/engine-rest/task/" + fixture.task(), clinicianA).json().get("assignee").isNull()).isTrue();
    }

    @Test
    void anotherHospitalCannotSeeOrStartAHospitalsOwnModel() {
        for (Credential other : hospitalB) {
            assertThat(http().get("/engine-rest/process-definition?key=iso_own", other).json().size()).isZero();
            assertThat(http().get("/engine-rest/deployment/" + fixture.ownDeployment(), other).status()).isEqualTo(404);
            assertThat(http().postJson("/engine-rest/process-definition/key/iso_own/start", Map.of(), other).status())
                    .isNotEqualTo(200);
            assertThat(http().postJson("/engine-rest/process-definition/key/iso_own/tenant-id/" + A + "/start",
                    Map.of(), other).status()).isNotEqualTo(200);
        }
        assertThat(http().get("/engine-rest/process-definition?key=iso_own", clinicianA).json().size()).isEqualTo(1);
    }

    @Test
    void anotherHospitalCannotDeleteOrChangeWhatIsNotItsOwn() {
        Credential leadB = login(B, Role.CLINICAL_LEAD);
        assertThat(http().delete("/engine-rest/process-instance/" + fixture.ownInstance(), leadB).status()).isNotEqualTo(204);
        assertThat(http().delete("/engine-rest/deployment/" + fixture.ownDeployment() + "?cascade=true", leadB).status())
                .isNotEqualTo(204);
        Reply deleteShared = http().delete("/engine-rest/deployment/" + fixture.sharedDeployment() + "?cascade=true", leadB);
        assertThat(deleteShared.status()).isEqualTo(403);
        assertThat(deleteShared.json().get("message_en").asText()).contains("shared by the whole consortium");
        Reply suspendShared = http().putJson("/engine-rest/process-definition/key/iso_shared/suspended",
                Map.of("suspended", true, "includeProcessInstances", true), leadB);
        assertThat(suspendShared.status()).isEqualTo(403);

        assertThat(http().get("/engine-rest/process-instance/" + fixture.ownInstance(), clinicianA).status()).isEqualTo(200);
        Reply sharedStillActive = http().get("/engine-rest/process-instance/" + fixture.sharedInstance(), clinicianA);
        assertThat(sharedStillActive.json().get("suspended").asBoolean()).isFalse();
    }

    @Test
    void nobodyJoinsAnotherHospitalThroughTheEngine() {
        for (Credential other : List.of(login(B, Role.IT_ADMIN), login(tertiaryId(), Role.IT_ADMIN))) {
            Reply join = http().putJson("/engine-rest/tenant/" + A + "/user-members/" + username(B, Role.CLINICIAN),
                    Map.of(), other);
            assertThat(join.status()).isEqualTo(403);
            assertThat(join.json().get("message_en").asText()).contains("consortium file");
            assertThat(http().postJson("/engine-rest/user/create",
                    Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "x")), other).status())
                    .isEqualTo(403);
        }
        assertThat(http().get("/engine-rest/process-instance/" + fixture.sharedInstance(), login(B, Role.CLINICIAN))
                .status()).isEqualTo(404);
    }

    @Test
    void theWebAppsApplyTheSameIsolation() {
        String path = "/camunda/api/engine/engine/default/process-instance/" + fixture.sharedInstance();
        assertThat(http().get(path, login(B, Role.CLINICIAN)).status()).isEqualTo(404);
        assertThat(http().get(path, clinicianA).status()).isEqualTo(200);
    }

    @Test
    void centralItSeesEveryHospital() {
        Reply instance = http().get("/engine-rest/process-instance/" + fixture.ownInstance(), login(tertiaryId(), Role.IT_ADMIN));
        assertThat(instance.status()).isEqualTo(200);
        assertThat(instance.json().get("tenantId").asText()).isEqualTo(A);
    }

    @Test
    void hubApiShowsOnlyTheCallersHospital() {
        Reply me = http().get("/api/me", login(B, Role.CLINICIAN));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("hospital").get("id").asText()).isEqualTo(B);
        assertThat(http().get("/api/me", apiKey(B)).json().get("hospital").get("id").asText()).isEqualTo(B);
        assertThat(http().get("/api/admin/consortium", login(B, Role.IT_ADMIN)).status()).isEqualTo(403);
        Reply admin = http().get("/api/admin/consortium", login(tertiaryId(), Role.IT_ADMIN));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get("hospitals").size()).isEqualTo(4);
    }

    @Test
    void theOwningHospitalCompletesItsTask() {
        Reply started = http().postJson("/engine-rest/process-definition/key/iso_own/tenant-id/" + A + "/start",
                Map.of(), clinicianA);
        Reply tasks = http().get("/engine-rest/task?processInstanceId=" + started.json().get("id").asText(), clinicianA);
        String task = tasks.json().get(0).get("id").asText();
        assertThat(http().postJson("/engine-rest/task/" + task + "/complete", Map.of(), clinicianA).status()).isEqualTo(204);
        assertThat(http().get("/engine-rest/task/" + task, clinicianA).status()).isEqualTo(404);
    }

    private static List<String> ids(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode array = reply.json();
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get("id").asText()).toList();
    }
}
