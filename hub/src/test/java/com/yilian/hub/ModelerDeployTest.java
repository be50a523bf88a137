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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Replays what Camunda Modeler sends when a clinical lead deploys, against the running hub. */
class ModelerDeployTest extends RunningHubTest {

    private final String chengdong = community(0);
    private final String nanhu = community(1);

    @Test
    void modelerConnectionCheckWorksWithBasicAuth() {
        Credential lead = login(chengdong, Role.CLINICAL_LEAD);
        Reply version = http().get("/engine-rest/version", lead);
        assertThat(version.status()).isEqualTo(200);
        assertThat(version.json().get("version").asText()).startsWith("7.24");
        assertThat(http().get("/engine-rest/deployment?maxResults=0", lead).status()).isEqualTo(200);
    }

    @Test
    void leadDeploysIntoOwnHospital() {
        Reply reply = http().modelerDeploy(login(chengdong, Role.CLINICAL_LEAD), "chengdong-variant", chengdong,
                "chengdong-review.bpmn", reviewProcess("chengdong_review"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode deployment = reply.json();
        assertThat(deployment.get("tenantId").asText()).isEqualTo(chengdong);
        assertThat(deployment.get("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(deployment.get("deployedProcessDefinitions").size()).isEqualTo(1);
    }

    @Test
    void leadCannotDeployIntoAnotherHospital() {
        Reply reply = http().modelerDeploy(login(chengdong, Role.CLINICAL_LEAD), "foreign", nanhu,
                "foreign.bpmn", reviewProcess("foreign_review"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("message_en").asText()).contains("own hospital (" + chengdong + ")").contains(nanhu);
        assertThat(reply.json().get("message_zh").asText()).contains("只能部署到本院");
        assertThat(deploymentsNamed("foreign")).isZero();
    }

    @Test
    void sharedDeploymentOnlyForTertiaryLeads() {
        Reply community = http().modelerDeploy(login(chengdong, Role.CLINICAL_LEAD), "shared-attempt", null,
                "shared.bpmn", reviewProcess("shared_attempt"));
        assertThat(community.status()).isEqualTo(403);
        assertThat(community.json().get("message_en").asText()).contains("shared by the whole consortium");

        Reply tertiary = http().modelerDeploy(login(tertiaryId(), Role.CLINICAL_LEAD), "shared-review", null,
                "shared-review.bpmn", reviewProcess("shared_review_modeler"));
        assertThat(tertiary.status()).as(tertiary.toString()).isEqualTo(200);
        assertThat(tertiary.json().get("tenantId").isNull()).isTrue();
    }

    @Test
    void cliniciansAndSystemsWithoutLeadRoleCannotDeploy() {
        Reply clinician = http().modelerDeploy(login(chengdong, Role.CLINICIAN), "by-clinician", chengdong,
                "c.bpmn", reviewProcess("by_clinician"));
        assertThat(clinician.status()).isEqualTo(403);
        assertThat(clinician.json().get("message_en").asText()).contains("Only clinical leads");

        Reply system = http().modelerDeploy(apiKey(chengdong), "by-his", chengdong, "h.bpmn", reviewProcess("by_his"));
        assertThat(system.status()).isEqualTo(403);
        assertThat(deploymentsNamed("by-clinician") + deploymentsNamed("by-his")).isZero();
    }

    @Test
    void wrongPasswordAndNoCredentialAreChallenged() {
        Reply wrong = http().modelerDeploy(Credential.basic(username(chengdong, Role.CLINICAL_LEAD), "not-the-password"), "x",
                chengdong, "x.bpmn", reviewProcess("wrong_password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.headers().get("www-authenticate")).anyMatch(h -> h.startsWith("Basic"));
        assertThat(http().get("/engine-rest/version", Credential.none()).status()).isEqualTo(401);
        assertThat(http().get("/engine-rest/version", Credential.bearer("no-such-key")).status()).isEqualTo(401);
    }

    @Test
    void malformedMultipartIsABadRequestThatSaysWhy() {
        Reply reply = http().postRaw("/engine-rest/deployment/create", "text/plain",
                "not multipart".getBytes(StandardCharsets.UTF_8), login(chengdong, Role.CLINICAL_LEAD));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message_en").asText()).contains("multipart/form-data");
    }

    @Test
    void malformedBpmnIsRejectedWithAMessageNamingTheFile() {
        Reply reply = http().modelerDeploy(login(chengdong, Role.CLINICAL_LEAD), "broken", chengdong, "broken.bpmn",
                "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"p\""
                        .getBytes(StandardCharsets.UTF_8));
        // The engine answers an unparsable XML file with 500 (a BPMN that parses but is invalid gets 400); either
        // way the message names the file and the deployment is not made.
        assertThat(reply.status()).isIn(400, 500);
        assertThat(reply.json().get("message").asText()).contains("Could not parse 'broken.bpmn'");
        assertThat(deploymentsNamed("broken")).isZero();
    }

    @Test
    void aModelWithoutHistoryTimeToLiveIsABadRequest() {
        byte[] noTtl = new String(reviewProcess("no_ttl"), StandardCharsets.UTF_8)
                .replace(" camunda:historyTimeToLive=\"P180D\"", "").getBytes(StandardCharsets.UTF_8);
        Reply reply = http().modelerDeploy(login(chengdong, Role.CLINICAL_LEAD), "no-ttl", chengdong, "no-ttl.bpmn", noTtl);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).containsIgnoringCase("History Time To Live");
        assertThat(deploymentsNamed("no-ttl")).isZero();
    }

    private int deploymentsNamed(String name) {
        Reply reply = http().get("/engine-rest/deployment/count?name=" + name, login(tertiaryId(), Role.IT_ADMIN));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("count").asInt();
    }
}
