package com.yilian.hub;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.tenants.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consortium's workflow models are deployed at start-up, shared by every hospital. */
class SharedModelsTest extends RunningHubTest {

    @Test
    void everyHospitalSeesTheSharedWorkflowModels() {
        Reply definitions = http().get("/engine-rest/process-definition?latestVersion=true&withoutTenantId=true",
                login(community(1), Role.CLINICIAN));
        assertThat(definitions.status()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        for (JsonNode definition : definitions.json()) {
            keys.add(definition.get("key").asText());
        }
        assertThat(keys).contains("outpatient-encounter", "intake-interview", "diagnosis-matrix",
                "exam-recommendation", "follow-up", "up-referral");
        Reply decisions = http().get("/engine-rest/decision-definition?latestVersion=true",
                login(community(1), Role.CLINICIAN));
        assertThat(decisions.body()).contains("red-flag-escalation").contains("follow-up-interval");
    }
}
