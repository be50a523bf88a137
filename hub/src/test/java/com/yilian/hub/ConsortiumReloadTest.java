package com.yilian.hub;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
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
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Editing the consortium file takes effect without a restart; a bad edit is refused and changes nothing. */
class ConsortiumReloadTest extends RunningHubTest {

    @Autowired
    ConsortiumReloader reloader;
    @Autowired
    IdentityService identity;

    private String original;
    private final String hospital = community(2);
    private final Credential centralIt = login(tertiaryId(), Role.IT_ADMIN);

    @BeforeEach
    void remember() throws IOException {
        original = Files.readString(tenantsFile(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void restore() throws IOException {
        Files.writeString(tenantsFile(), original, StandardCharsets.UTF_8);
        reloader.reloadIfChanged();
    }

    @Test
    void aNewPersonCanLogInAfterTheEditIsPickedUp() throws IOException {
        Credential newcomer = Credential.basic("dr.newcomer", "welcome-to-the-clinic");
        assertThat(http().get("/api/me", newcomer).status()).isEqualTo(401);

        Files.writeString(tenantsFile(), withPerson(original, hospital, "dr.newcomer",
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("welcome-to-the-clinic")));
        assertThat(reloader.reloadIfChanged()).isTrue();

        Reply me = http().get("/api/me", newcomer);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("hospital").get("id").asText()).isEqualTo(hospital);
        assertThat(identity.createUserQuery().userId("dr.newcomer").memberOfTenant(hospital).count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("dr.newcomer").memberOfGroup("clinician").count()).isEqualTo(1);
    }

    @Test
    void aBadEditIsRefusedAndTheLastGoodConfigurationStays() throws IOException {
        String sha = http().get("/api/admin/consortium", centralIt).json().get("sha256").asText();
        String broken = original.replaceFirst("share:", "sahre:");
        assertThat(broken).isNotEqualTo(original);
        Files.writeString(tenantsFile(), broken, StandardCharsets.UTF_8);

        assertThat(reloader.reloadIfChanged()).isFalse();

        JsonNode status = http().get("/api/admin/consortium", centralIt).json();
        assertThat(status.get("sha256").asText()).isEqualTo(sha);
        JsonNode problems = status.get("latestEditRejected").get("problems");
        assertThat(problems.size()).isPositive();
        assertThat(problems.get(0).get("file").asText()).isEqualTo("tenants.yaml");
        assertThat(problems.get(0).get("line").asInt()).isPositive();
        assertThat(problems.toString()).contains("sahre");
        assertThat(http().get("/api/me", login(hospital, Role.CLINICIAN)).status()).isEqualTo(200);
    }

    @Test
    void removingAPersonLocksThemOutAndRemovesThemFromTheEngine() throws IOException {
        String username = com.yilian.hub.support.ExampleConsortiumPeople.username(hospital, Role.CLINICIAN);
        assertThat(http().get("/api/me", login(hospital, Role.CLINICIAN)).status()).isEqualTo(200);
        String edited = withoutPerson(original, username);
        Files.writeString(tenantsFile(), edited, StandardCharsets.UTF_8);

        boolean accepted = reloader.reloadIfChanged();

        assertThat(accepted).as(http().get("/api/admin/consortium", centralIt).body()).isTrue();
        assertThat(http().get("/api/me", Credential.demo(username)).status()).isEqualTo(401);
        assertThat(identity.createUserQuery().userId(username).count()).isZero();
    }

    /** Adds a clinician at the top of a hospital's people list, in the block style of the example. */
    private static String withPerson(String yaml, String tenantId, String username, String hash) {
        int tenant = yaml.indexOf("id: " + tenantId);
        int people = yaml.indexOf("people:", tenant);
        int lineEnd = yaml.indexOf('\n', people);
        String indent = " ".repeat(people - yaml.lastIndexOf('\n', people) - 1 + 2);
        String entry = indent + "- username: " + username + "\n"
                + indent + "  displayName: 新医生\n"
                + indent + "  roles: [clinician]\n"
                + indent + "  passwordHash: \"" + hash + "\"\n";
        return yaml.substring(0, lineEnd + 1) + entry + yaml.substring(lineEnd + 1);
    }

    /** Removes one person's entry: the "- username:" line and the more-indented lines under it. */
    private static String withoutPerson(String yaml, String username) {
        int at = yaml.indexOf("- username: " + username + "\n");
        assertThat(at).as("example lists " + username).isNotNegative();
        int start = yaml.lastIndexOf('\n', at) + 1;
        int dashColumn = at - start;
        int end = yaml.indexOf('\n', at) + 1;
        while (end < yaml.length()) {
            int next = yaml.indexOf('\n', end);
            String line = yaml.substring(end, next < 0 ? yaml.length() : next);
            int indent = line.length() - line.stripLeading().length();
            if (!line.isBlank() && indent <= dashColumn) {
                break;
            }
            end = next < 0 ? yaml.length() : next + 1;
        }
        return yaml.substring(0, start) + yaml.substring(end);
    }
}
