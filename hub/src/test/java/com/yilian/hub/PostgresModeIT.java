package com.yilian.hub;

import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static com.yilian.hub.support.TestModels.reviewProcess;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.HubProcess;
import com.yilian.tenants.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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

    @Test
    void theHubRunsOnPostgresql() throws Exception {
        List<String> args = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + SERVER + database,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD);
        try (HubProcess hub = new HubProcess(work.resolve("data"), args).start()) {
            Reply deployed = hub.http().modelerDeploy(login(tertiaryId(), Role.CLINICAL_LEAD), "on-postgres", null,
                    "pg.bpmn", reviewProcess("on_postgres"));
            assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
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
