package uk.co.goldenthread.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Flowable's tables created on a database that has none (a fresh start) get all their foreign keys although they are
 * added with the checks off (each added in place rather than by copying its table), the keys hold afterwards, and a
 * connection used for it goes back (to a pool, as on an external database) with the checks on.
 */
class FlowableSchemaTest {

    private static Path dir;
    private static EmbeddedMariaDb db;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("golden-thread-flowable-schema-");
        db = EmbeddedMariaDb.start(new EmbeddedDbSettings(Path.of("target/mariadb-11.4.5").toAbsolutePath(),
                dir.resolve("db"), 0, "schematest", false, Duration.ofMinutes(2),
                List.of("--innodb-flush-log-at-trx-commit=0")));
    }

    @AfterAll
    static void stop() {
        db.close();
        DataDirectory.deleteRecursively(dir);
    }

    @Test
    void freshTablesGetEveryForeignKeyWhichHoldsAfterwards() throws Exception {
        DataSource migration = new DriverManagerDataSource(db.jdbcUrl(), db.migrationUsername(),
                db.migrationPassword());
        var application = new SpringProcessEngineConfiguration();

        FlowableSchema.createOrUpgrade(migration, application);

        try (Connection connection = migration.getConnection()) {
            assertThat(count(connection, "SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = DATABASE()"
                    + " AND (TABLE_NAME LIKE 'ACT\\_%' OR TABLE_NAME LIKE 'FLW\\_%')"))
                    .as("the foreign keys of Flowable 8.0's MySQL scripts: 12 common, 31 of the process engine")
                    .isEqualTo(43);
            assertThat(count(connection, "SELECT @@SESSION.foreign_key_checks")).isEqualTo(1);
            try (var statement = connection.createStatement()) {
                // a task naming an execution that does not exist: refused by ACT_FK_TASK_EXE
                statement.execute("INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_) VALUES ('t1', 1, 'no-such')");
                throw new AssertionError("the foreign key did not hold");
            } catch (SQLException expected) {
                assertThat(expected.getMessage()).contains("foreign key constraint fails");
            }
        }
    }

    @Test
    void aConnectionGoesBackWithTheChecksOn() throws Exception {
        try (Connection physical = DriverManager.getConnection(db.jdbcUrl(), db.migrationUsername(),
                db.migrationPassword())) {
            var pool = new SingleConnectionDataSource(physical, true); // close() does not close it, as a pool's
            DataSource withoutChecks = FlowableSchema.withoutForeignKeyChecks(pool);
            try (Connection borrowed = withoutChecks.getConnection()) {
                assertThat(count(borrowed, "SELECT @@SESSION.foreign_key_checks")).isZero();
            }
            assertThat(count(physical, "SELECT @@SESSION.foreign_key_checks")).isEqualTo(1);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
