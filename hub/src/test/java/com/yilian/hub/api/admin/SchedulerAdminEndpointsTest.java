package com.yilian.hub.api.admin;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.hub.scheduler.SchedulerAddress;
import com.yilian.hub.scheduler.SchedulerProperties;
import com.yilian.hub.support.HubHttp;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.tenants.Role;
import java.net.ServerSocket;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.ResponseEntity;

/** Central IT reads the scheduler's metrics and scaling signals through the hub; nobody else does. */
class SchedulerAdminEndpointsTest extends RunningHubTest {

    @Test
    void consortiumItReadsTheEmbeddedSchedulersMetricsAndReplicas() {
        HubHttp.Reply metrics = http().get("/api/admin/scheduler/metrics", login(tertiaryId(), Role.IT_ADMIN),
                "text/plain");
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        assertThat(metrics.headers().get("content-type").getFirst()).startsWith("text/plain");
        assertThat(metrics.body()).contains("# TYPE yilian_scheduler_admitted_total counter",
                "yilian_scheduler_recommended_replicas{pool=\"local-qwen\",}");

        assertThat(http().get("/api/admin/scheduler/history", login(tertiaryId(), Role.IT_ADMIN)).json()
                .get("points").isArray()).isTrue();
        HubHttp.Reply replicas = http().get("/api/admin/scheduler/capacity/replicas",
                login(tertiaryId(), Role.IT_ADMIN));
        assertThat(replicas.status()).as(replicas.toString()).isEqualTo(200);
        JsonNode pools = replicas.json().get("pools");
        assertThat(pools.isArray()).isTrue();
        assertThat(pools.findValuesAsText("pool")).contains("local-qwen", "local-intake");
        assertThat(pools.get(0).has("recommended")).isTrue();
    }

    @Test
    void cliniciansAndCommunityItAreRefused() {
        for (var who : new HubHttp.Credential[] {login(tertiaryId(), Role.CLINICIAN),
                login(community(1), Role.CLINICIAN), login(community(1), Role.IT_ADMIN)}) {
            assertThat(http().get("/api/admin/scheduler/metrics", who, "text/plain").status()).isEqualTo(403);
            assertThat(http().get("/api/admin/scheduler/capacity/replicas", who).status()).isEqualTo(403);
            assertThat(http().get("/api/admin/scheduler/history", who).status()).isEqualTo(403);
        }
    }

    @Test
    void anUnreachableSchedulerIsA503ThatSaysWhereInBothLanguages() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var properties = new SchedulerProperties(false, 8090, null, Map.of(), ZoneId.of("Asia/Shanghai"),
                "http://127.0.0.1:" + closedPort + "/v1");
        var address = new SchedulerAddress(properties, new StaticListableBeanFactory().getBeanProvider(
                com.yilian.hub.scheduler.EmbeddedScheduler.class));
        var reader = new com.yilian.hub.scheduler.SchedulerReader(address);
        var controller = new SchedulerAdminController(reader, new com.yilian.hub.scheduler.SchedulerHistory(reader));

        for (ResponseEntity<?> reply : new ResponseEntity<?>[] {controller.metrics(), controller.replicas()}) {
            assertThat(reply.getStatusCode().value()).isEqualTo(503);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) reply.getBody();
            assertThat(body).containsEntry("error", "scheduler-unreachable");
            assertThat((String) body.get("message_zh")).contains("无法连接调度器", "127.0.0.1:" + closedPort);
            assertThat((String) body.get("message_en")).contains("cannot reach the scheduler",
                    "http://127.0.0.1:" + closedPort + "/");
        }
    }

    @Test
    void noAddressAtAllIsA503Too() {
        var properties = new SchedulerProperties(false, 8090, null, Map.of(), ZoneId.of("Asia/Shanghai"), null);
        var address = new SchedulerAddress(properties,
                new StaticListableBeanFactory().getBeanProvider(com.yilian.hub.scheduler.EmbeddedScheduler.class));
        var reader = new com.yilian.hub.scheduler.SchedulerReader(address);
        var controller = new SchedulerAdminController(reader, new com.yilian.hub.scheduler.SchedulerHistory(reader));
        assertThat(controller.replicas().getStatusCode().value()).isEqualTo(503);
    }
}
