package com.yilian.hub;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static com.yilian.hub.support.TestModels.reviewProcess;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.hub.support.HubHttp;
import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.HubProcess;
import com.yilian.tenants.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default is a real deployment: what was deployed and started survives a restart of the hub. */
class HubRestartIT {

    @TempDir
    Path work;

    @Test
    void deploymentsInstancesAndTasksSurviveARestart() {
        Path dataDir = work.resolve("data");
        String hospital = community(0);
        Credential clinician = login(hospital, Role.CLINICIAN);
        String instance;
        try (HubProcess hub = new HubProcess(dataDir, List.of()).start()) {
            HubHttp http = hub.http();
            Reply deployed = http.modelerDeploy(login(tertiaryId(), Role.CLINICAL_LEAD), "restart-check", null,
                    "restart.bpmn", reviewProcess("restart_check"));
            assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
            Reply started = http.postJson("/engine-rest/process-definition/key/restart_check/start",
                    Map.of("businessKey", "patient-0001"), clinician);
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            instance = started.json().get("id").asText();

            // The embedded default serves the web apps and the metrics too.
            assertThat(http.get("/camunda/app/cockpit/default/", login(tertiaryId(), Role.CLINICAL_LEAD), "text/html").status())
                    .isEqualTo(200);
            Reply metrics = http.get("/actuator/prometheus", login(tertiaryId(), Role.IT_ADMIN), "text/plain");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.body()).contains("yilian_tenants 4.0");
            hub.stop();
        }
        assertThat(dataDir.resolve("tenants.yaml")).exists();

        try (HubProcess hub = new HubProcess(dataDir, List.of()).start()) {
            HubHttp http = hub.http();
            Reply again = http.get("/engine-rest/process-instance/" + instance, clinician);
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(again.json().get("businessKey").asText()).isEqualTo("patient-0001");
            assertThat(again.json().get("tenantId").asText()).isEqualTo(hospital);
            assertThat(http.get("/engine-rest/deployment?name=restart-check", clinician).json().size()).isEqualTo(1);
            // Unchanged shared models are not deployed again on restart.
            assertThat(http.get("/engine-rest/deployment?name=yilian-workflows", clinician).json().size()).isEqualTo(1);
            Reply tasks = http.get("/engine-rest/task?processInstanceId=" + instance, clinician);
            assertThat(tasks.json().size()).isEqualTo(1);
            String task = tasks.json().get(0).get("id").asText();
            assertThat(http.postJson("/engine-rest/task/" + task + "/complete", Map.of(), clinician).status())
                    .isEqualTo(204);
            assertThat(http.get("/engine-rest/process-instance/" + instance, clinician).status()).isEqualTo(404);
        }
    }
}
