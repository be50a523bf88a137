package com.yilian.hub.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.yilian.hub.outbox.Outbox;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh in-memory H2 database with the hub's migrations applied, as the hub's Flyway would leave it. */
public final class HubTablesDatabase {

    public final JdbcDataSource dataSource = new JdbcDataSource();
    public final JdbcTemplate jdbc;
    public final TransactionTemplate tx;
    public final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    public HubTablesDatabase() {
        dataSource.setURL("jdbc:h2:mem:hub-tables-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/hub").table("yilian_schema_history")
                .load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public Outbox outbox() {
        return new Outbox(jdbc, json);
    }
}
