package com.yilian.hub.api.admin;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static com.yilian.hub.support.ExampleConsortiumPeople.username;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.hub.tenancy.ConsortiumReloader;
import com.yilian.tenants.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** PUT /api/admin/tenants/{id}/quota: written into the file in place when valid, refused without a trace when not. */
@ExtendWith(OutputCaptureExtension.class)
class TenantQuotaEditTest extends RunningHubTest {

    @Autowired
    ConsortiumReloader reloader;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final String hospital = community(2);
    private final Credential centralIt = login(tertiaryId(), Role.IT_ADMIN);
    private byte[] original;

    @BeforeEach
    void remember() throws IOException {
        original = Files.readAllBytes(tenantsFile());
    }

    @AfterEach
    void restore() throws IOException {
        Files.write(tenantsFile(), original);
        reloader.reloadIfChanged();
    }

    @Test
    void consortiumItChangesAQuotaAndItIsInForceAtOnce(CapturedOutput output) throws IOException {
        JsonNode before = quotaInForce(hospital);
        Map<String, Object> quota = quota(before.get("share").asDouble(), 0.05, 0.25, 3_500_000, 90);

        Reply reply = http().putJson("/api/admin/tenants/" + hospital + "/quota", quota, centralIt);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("previous").get("requestsPerMinute").asInt())
                .isEqualTo(before.get("requestsPerMinute").asInt());
        JsonNode after = quotaInForce(hospital);
        assertThat(after.get("guaranteed").asDouble()).isEqualTo(0.05);
        assertThat(after.get("borrowLimit").asDouble()).isEqualTo(0.25);
        assertThat(after.get("dailyTokenBudget").asLong()).isEqualTo(3_500_000);
        assertThat(after.get("requestsPerMinute").asInt()).isEqualTo(90);
        assertThat(reply.json().get("sha256").asText())
                .isEqualTo(http().get("/api/admin/consortium", centralIt).json().get("sha256").asText());

        // Only the one tenant's quota line differs; comments and every other line are kept.
        List<String> oldLines = lines(original);
        List<String> newLines = lines(Files.readAllBytes(tenantsFile()));
        assertThat(newLines).hasSameSizeAs(oldLines);
        List<Integer> changed = java.util.stream.IntStream.range(0, oldLines.size())
                .filter(i -> !oldLines.get(i).equals(newLines.get(i))).boxed().toList();
        assertThat(changed).hasSize(1);
        assertThat(newLines.get(changed.get(0))).contains("guaranteed: 0.05").contains("requestsPerMinute: 90");
        assertThat(output.getOut()).contains("quota of tenant " + hospital + " changed by " + username(tertiaryId(),
                Role.IT_ADMIN)).contains("requestsPerMinute=" + before.get("requestsPerMinute").asInt())
                .contains("requestsPerMinute=90");
        // The change is also in the audit trail (outbox), with who made it, and the configuration it put in force.
        List<String> audit = jdbc.queryForList("SELECT payload FROM yilian_outbox WHERE event_type = 'quota-changed'"
                + " AND tenant_id = ? ORDER BY id DESC", String.class, hospital);
        assertThat(audit).isNotEmpty();
        assertThat(audit.get(0)).contains("\"by\":\"" + username(tertiaryId(), Role.IT_ADMIN) + "\"")
                .contains("\"requestsPerMinute\":90");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM yilian_outbox WHERE event_type = 'consortium-config-changed'"
                + " AND payload LIKE ?", Long.class, "%" + reply.json().get("sha256").asText() + "%")).isEqualTo(1);
    }

    @Test
    void aQuotaThatBreaksTheConsortiumIsRefusedWithItsProblemsAndTheFileIsUntouched() throws IOException {
        String shaBefore = http().get("/api/admin/consortium", centralIt).json().get("sha256").asText();

        Reply reply = http().putJson("/api/admin/tenants/" + hospital + "/quota", quota(0.9, 0.1, 0.3, 5_000_000, 200),
                centralIt);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        JsonNode problems = reply.json().get("problems");
        assertThat(problems.size()).isPositive();
        assertThat(problems.toString()).contains("shares add up to");
        assertThat(problems.get(0).get("text").asText()).startsWith("tenants.yaml:");
        assertThat(Files.readAllBytes(tenantsFile())).isEqualTo(original);
        assertThat(http().get("/api/admin/consortium", centralIt).json().get("sha256").asText()).isEqualTo(shaBefore);
    }

    @Test
    void guaranteedAboveShareIsRefusedAtTheFieldThatIsWrong() throws IOException {
        JsonNode before = quotaInForce(hospital);
        Reply reply = http().putJson("/api/admin/tenants/" + hospital + "/quota",
                quota(before.get("share").asDouble(), 0.5, 0.3, 5_000_000, 200), centralIt);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("problems").get(0).get("field").asText()).endsWith("quota.guaranteed");
        assertThat(Files.readAllBytes(tenantsFile())).isEqualTo(original);
    }

    @Test
    void nobodyButConsortiumItMayChangeAQuota() throws IOException {
        Map<String, Object> quota = quota(0.2, 0.1, 0.3, 9_000_000, 999);
        for (Credential other : List.of(login(hospital, Role.CLINICIAN), login(hospital, Role.IT_ADMIN),
                login(tertiaryId(), Role.CLINICIAN), login(tertiaryId(), Role.CLINICAL_LEAD))) {
            Reply reply = http().putJson("/api/admin/tenants/" + hospital + "/quota", quota, other);
            assertThat(reply.status()).as(other + " " + reply).isEqualTo(403);
        }
        assertThat(http().putJson("/api/admin/tenants/" + hospital + "/quota", quota, Credential.none()).status())
                .isEqualTo(401);
        assertThat(Files.readAllBytes(tenantsFile())).isEqualTo(original);
    }

    @Test
    void anIncompleteQuotaNamesTheMissingFields() throws IOException {
        Reply reply = http().putJson("/api/admin/tenants/" + hospital + "/quota",
                Map.of("share", 0.2, "guaranteed", 0.1, "borrowLimit", 0.3), centralIt);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("message_en").asText()).contains("dailyTokenBudget, requestsPerMinute");
        assertThat(Files.readAllBytes(tenantsFile())).isEqualTo(original);
    }

    @Test
    void anUnknownHospitalIsNotFound() {
        Reply reply = http().putJson("/api/admin/tenants/no-such-hospital/quota", quota(0.2, 0.1, 0.3, 1, 1), centralIt);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    }

    private JsonNode quotaInForce(String tenantId) {
        for (JsonNode hospital : http().get("/api/admin/consortium", centralIt).json().get("hospitals")) {
            if (hospital.get("hospital").get("id").asText().equals(tenantId)) {
                return hospital.get("quota");
            }
        }
        throw new AssertionError(tenantId + " not in /api/admin/consortium");
    }

    private static Map<String, Object> quota(double share, double guaranteed, double borrowLimit, long tokens, int rpm) {
        return Map.of("share", share, "guaranteed", guaranteed, "borrowLimit", borrowLimit,
                "dailyTokenBudget", tokens, "requestsPerMinute", rpm);
    }

    private static List<String> lines(byte[] bytes) {
        return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
    }
}
