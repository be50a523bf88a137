package com.yilian.hub;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static com.yilian.hub.support.ExampleConsortiumPeople.username;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.tenants.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cockpit, Tasklist and Admin open for the roles that need them, as the logged-in consortium user. */
class WebAppsAccessTest extends RunningHubTest {

    private final String hospital = community(0);

    @Test
    void clinicianGetsTasklistOnly() {
        JsonNode user = webAppUser(login(hospital, Role.CLINICIAN));
        assertThat(user.get("userId").asText()).isEqualTo(username(hospital, Role.CLINICIAN));
        assertThat(apps(user)).contains("tasklist").doesNotContain("cockpit", "admin");
        assertThat(http().get("/camunda/app/tasklist/default/", login(hospital, Role.CLINICIAN), "text/html").status())
                .isEqualTo(200);
        assertThat(http().get("/camunda/app/cockpit/default/", login(hospital, Role.CLINICIAN), "text/html").status())
                .isEqualTo(403);
    }

    @Test
    void clinicalLeadAlsoGetsCockpit() {
        assertThat(apps(webAppUser(login(hospital, Role.CLINICAL_LEAD)))).contains("tasklist", "cockpit")
                .doesNotContain("admin");
    }

    @Test
    void centralItGetsAdminAndSeesEveryHospitalAsATenant() {
        Credential centralIt = login(tertiaryId(), Role.IT_ADMIN);
        assertThat(apps(webAppUser(centralIt))).contains("admin", "cockpit", "tasklist");
        Reply tenants = http().get("/camunda/api/engine/engine/default/tenant", centralIt);
        assertThat(tenants.status()).isEqualTo(200);
        assertThat(tenants.json().size()).isEqualTo(4);
        assertThat(tenants.body()).contains(hospital);
    }

    @Test
    void tasklistHasAFilterForTheHospitalsTasks() {
        Reply filters = http().get("/camunda/api/engine/engine/default/filter", login(hospital, Role.CLINICIAN));
        assertThat(filters.status()).isEqualTo(200);
        assertThat(filters.body()).contains("Tasks of my hospital");
    }

    /** As a browser does: open a web app, then ask who is logged in within that session. */
    private JsonNode webAppUser(Credential credential) {
        var browser = http().browserSession();
        assertThat(browser.get("/camunda/app/tasklist/default/", credential, "text/html").status()).isEqualTo(200);
        Reply reply = browser.get("/camunda/api/admin/auth/user/default", credential);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> apps(JsonNode user) {
        List<String> apps = new ArrayList<>();
        user.get("authorizedApps").forEach(app -> apps.add(app.asText()));
        return apps;
    }
}
