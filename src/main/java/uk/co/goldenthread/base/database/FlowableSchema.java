package uk.co.goldenthread.base.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Flowable creates and upgrades its own tables, but only through the DataSource it runs on, and the application's
 * account may not change the schema. So before the application's engine starts, a schema-only engine on the migration
 * account creates or upgrades the tables when their version is not this Flowable's; the application's engine then
 * only checks the version ({@code databaseSchemaUpdate=false}) and fails clearly, instead of attempting DDL, if it
 * ever differs.
 */
final class FlowableSchema {

    private static final Logger log = LoggerFactory.getLogger(FlowableSchema.class);

    private FlowableSchema() {
    }

    static void createOrUpgrade(DataSource migration, SpringProcessEngineConfiguration application) {
        String version = installedVersion(migration);
        if (!ProcessEngine.VERSION.equals(version)) {
            log.info("Creating or upgrading Flowable's tables ({} -> {}) as the migration account",
                    version == null ? "none" : version, ProcessEngine.VERSION);
            var schemaOnly = new StandaloneProcessEngineConfiguration();
            schemaOnly.setEngineName("golden-thread-schema");
            // new tables, no rows to check: their foreign keys added without a copy of each table (see below)
            schemaOnly.setDataSource(version == null ? withoutForeignKeyChecks(migration) : migration);
            schemaOnly.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            schemaOnly.setAsyncExecutorActivate(false);
            schemaOnly.setDisableIdmEngine(true);
            schemaOnly.setDisableEventRegistry(true);
            schemaOnly.buildProcessEngine().close();
        }
        convertDates(migration);
        application.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    }

    /**
     * The DataSource for creating Flowable's tables on a database that has none: its connections have
     * {@code foreign_key_checks} off, so that MariaDB adds each of Flowable's 43 foreign keys in place instead of
     * copying the table for each (ALTER TABLE ADD FOREIGN KEY is a table copy while the checks are on). The tables are
     * new and empty, so there is nothing to check; the keys are defined all the same and hold for every later session.
     * Each connection is set back before it is closed, since it may return to a pool (an external database).
     */
    static DataSource withoutForeignKeyChecks(DataSource dataSource) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                setForeignKeyChecks(connection, false);
                return (Connection) Proxy.newProxyInstance(FlowableSchema.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                            if (method.getName().equals("close") && !connection.isClosed()) {
                                setForeignKeyChecks(connection, true);
                            }
                            try {
                                return method.invoke(connection, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    private static void setForeignKeyChecks(Connection connection, boolean on) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = " + (on ? 1 : 0));
        }
    }

    /** Flowable's TIMESTAMP columns end in Jan 2038: on every start (an upgrade may add some) make them DATETIME. */
    private static void convertDates(DataSource migration) {
        try {
            FlowableDateColumns.convert(migration);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change Flowable's TIMESTAMP columns to DATETIME, which deadlines"
                    + " after 19 Jan 2038 need: " + e.getMessage(), e);
        }
    }

    private static @Nullable String installedVersion(DataSource migration) {
        try (var connection = migration.getConnection();
                var statement = connection.prepareStatement(
                        "SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'schema.version'");
                var result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            return null; // no Flowable tables yet
        }
    }
}
