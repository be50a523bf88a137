package com.yilian.hub;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static com.yilian.hub.support.TestModels.reviewProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.HubProcess;
import com.yilian.tenants.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster profile runs the engine on PostgreSQL. Uses the PostgreSQL server of the machine (YILIAN_TEST_PG_URL,
 * default 127.0.0.1:5432 as user postgres) in a database of its own, dropped afterwards.
 */
class PostgresModeIT {

    private static final String SERVER = System.getenv().getOrDefault("YILIAN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("YILIAN_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("YILIAN_TEST_PG_PASSWORD", "");

    @TempDir
    Path work;
    private final String database = "yilian_it_" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Agent results are JSON process variables; PostgreSQL's 4,000-character text column must not cut them off. */
    private static void anInterviewKeepsResultsLongerThanAVarcharOnPostgresql(HubProcess hub) {
        var clinician = login(community(1), Role.CLINICIAN);
        Reply created = hub.http().postJson("/api/encounters", Map.of("patientId", "pg-1", "age", 45, "sex", "M",
                "message", "医生您好，我最近咳嗽，还发烧。"), clinician);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode view = created.json();
        for (int turn = 0; turn < 20 && summaryLength(view) <= 4000; turn++) {
            view = await().atMost(Duration.ofSeconds(60)).until(() -> hub.http().get("/api/encounters/" + id, clinician)
                    .json(), v -> v.at("/interview/waitingForPatient").asBoolean() || !v.path("openTasks").isEmpty());
            if (!view.at("/interview/waitingForPatient").asBoolean()) {
                break;
            }
            Reply reply = hub.http().postJson("/api/encounters/" + id + "/messages", Map.of("text", "有"), clinician);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.json().get("event").asText()).isNotEqualTo("error");
            view = hub.http().get("/api/encounters/" + id, clinician).json();
        }
        assertThat(summaryLength(view)).isGreaterThan(4000);
        assertThat(view.path("incidents")).isEmpty();
    }

    private static int summaryLength(JsonNode view) {
        JsonNode summary = view.at("/results/intakeSummary/value");
        return summary.isMissingNode() ? 0 : summary.toString().length();
    }

    @Test
    void theHubRunsOnPostgresql() throws Exception {
        List<String> args = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + SERVER + database,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD);
        try (HubProcess hub = new HubProcess(work.resolve("data"), args).start()) {
            Reply deployed = hub.http().modelerDeploy(login(tertiaryId(), Role.CLINICAL_LEAD), "on-postgres", null,
                    "pg.bpmn", reviewProcess("on_postgres"));
            assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
            anInterviewKeepsResultsLongerThanAVarcharOnPostgresql(hub);
        }
        try (Connection c = DriverManager.getConnection(SERVER + database, USER, PASSWORD);
             Statement s = c.createStatement();
             ResultSet deployments = s.executeQuery("SELECT count(*) FROM act_re_deployment WHERE name_ = 'on-postgres'");
             Statement s2 = c.createStatement();
             ResultSet tenants = s2.executeQuery("SELECT count(*) FROM act_id_tenant")) {
            deployments.next();
            tenants.next();
            assertThat(deployments.getInt(1)).isEqualTo(1);
            assertThat(tenants.getInt(1)).isEqualTo(4);
        }
        assertThat(work.resolve("data").resolve("db")).doesNotExist();
    }
}
