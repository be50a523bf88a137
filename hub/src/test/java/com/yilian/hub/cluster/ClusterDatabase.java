package com.yilian.hub.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of its own on the machine's PostgreSQL server (YILIAN_TEST_PG_URL, default 127.0.0.1:5432 as user
 * postgres), shared by the hub replicas of one test class and dropped afterwards; plus the counts the cluster tests
 * compare: what the engine's history and the outbox say happened, per encounter (the processes' business key).
 */
final class ClusterDatabase implements AutoCloseable {

    static final String SERVER = System.getenv().getOrDefault("YILIAN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("YILIAN_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("YILIAN_TEST_PG_PASSWORD", "");
    private static final int SUCCESSFUL = 2; // ACT_HI_EXT_TASK_LOG.STATE_: 0 created, 1 failed, 2 successful, 3 deleted

    private final String name = "yilian_it_" + Long.toHexString(System.nanoTime());

    ClusterDatabase create() throws SQLException {
        server("CREATE DATABASE " + name);
        return this;
    }

    String name() {
        return name;
    }

    /** The settings that put a hub on this database (the cluster profile). */
    List<String> hubArguments() {
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + SERVER + name,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD);
    }

    /** Ends every connection the hubs hold, as a database restart or a failover would; returns how many. */
    int terminateHubConnections() throws SQLException {
        return count("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ?"
                + " AND pid <> pg_backend_pid()", name);
    }

    /** Completions of {@code yilian-agent} tasks for the encounter, optionally of one activity only. */
    int completedAgentSteps(String encounter, String activityId) throws SQLException {
        return count("SELECT count(*) FROM act_hi_ext_task_log l JOIN act_hi_procinst p ON p.id_ = l.proc_inst_id_"
                + " WHERE p.business_key_ = ? AND l.topic_name_ = 'yilian-agent' AND l.state_ = " + SUCCESSFUL
                + " AND (CAST(? AS VARCHAR) IS NULL OR l.act_id_ = ?)", encounter, activityId, activityId);
    }

    /** {@code yilian-agent} tasks the engine created for the encounter. */
    int createdAgentSteps(String encounter) throws SQLException {
        return count("SELECT count(DISTINCT l.ext_task_id_) FROM act_hi_ext_task_log l JOIN act_hi_procinst p"
                + " ON p.id_ = l.proc_inst_id_ WHERE p.business_key_ = ? AND l.topic_name_ = 'yilian-agent'", encounter);
    }

    int stepCompletedEvents(String encounter) throws SQLException {
        return count("SELECT count(*) FROM yilian_outbox WHERE event_key = ? AND event_type = 'step-completed'",
                encounter);
    }

    /** External tasks completed more than once (must never happen): their ids. */
    List<String> tasksCompletedTwice() throws SQLException {
        return strings("SELECT ext_task_id_ FROM act_hi_ext_task_log WHERE state_ = " + SUCCESSFUL
                + " GROUP BY ext_task_id_ HAVING count(*) > 1");
    }

    /** Agent steps not yet done, across the whole database. */
    int openAgentSteps() throws SQLException {
        return count("SELECT count(*) FROM act_ru_ext_task WHERE topic_name_ = 'yilian-agent'");
    }

    int pendingOutboxEvents() throws SQLException {
        return count("SELECT count(*) FROM yilian_outbox WHERE relayed_at IS NULL");
    }

    List<String> outboxEventIds(String topic) throws SQLException {
        return strings("SELECT event_id FROM yilian_outbox WHERE topic = '" + topic.replace("'", "") + "'");
    }

    /** The replica holding the outbox relay lease. */
    String relayLeaseHolder() throws SQLException {
        List<String> holder = strings("SELECT holder FROM yilian_relay_lease WHERE lease_name = 'outbox'");
        return holder.isEmpty() ? null : holder.get(0);
    }

    int incidents() throws SQLException {
        return count("SELECT count(*) FROM act_ru_incident");
    }

    /** Which workers completed steps since the given log timestamp (epoch ms). */
    List<String> workersCompletingSince(long epochMillis) throws SQLException {
        return strings("SELECT DISTINCT worker_id_ FROM act_hi_ext_task_log WHERE state_ = " + SUCCESSFUL
                + " AND timestamp_ >= to_timestamp(" + epochMillis / 1000.0 + ")");
    }

    /** Locked agent tasks right now, each as "task id|worker id". */
    List<String> lockedTasks() throws SQLException {
        return strings("SELECT id_ || '|' || worker_id_ FROM act_ru_ext_task WHERE topic_name_ = 'yilian-agent'"
                + " AND worker_id_ IS NOT NULL AND lock_exp_time_ > now()");
    }

    /** The workers that completed the task (one, once it is done). */
    List<String> completersOf(String taskId) throws SQLException {
        return strings("SELECT worker_id_ FROM act_hi_ext_task_log WHERE state_ = " + SUCCESSFUL
                + " AND ext_task_id_ = '" + taskId.replace("'", "") + "'");
    }

    @Override
    public void close() throws SQLException {
        server("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void server(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private int count(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (r.next()) values.add(r.getString(1));
            return values;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) s.setNull(i + 1, java.sql.Types.VARCHAR);
            else s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + name, USER, PASSWORD);
    }
}
