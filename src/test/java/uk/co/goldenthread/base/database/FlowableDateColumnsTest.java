package uk.co.goldenthread.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An installation that ran before the conversion has Flowable dates stored as TIMESTAMP: they keep their instants when
 * the columns become DATETIME(3), on a server whose sessions are not in UTC (+05:30 here, an offset unlike the JVM's),
 * and each column keeps its nullability, default and ON UPDATE. The second start changes nothing.
 */
class FlowableDateColumnsTest {

    private static final String TABLE = "ACT_ZZ_DATES_TEST";
    private static final List<Instant> INSTANTS = List.of(
            Instant.parse("1970-01-01T06:00:00Z"),     // early (the JVM writes wall-clock time, read at +05:30)
            Instant.parse("2026-03-29T00:30:00.250Z"),   // the hour the UK's clocks go forward
            Instant.parse("2026-10-25T01:30:00.999Z"),   // the hour they go back
            Instant.parse("2026-12-03T13:50:07.001Z"),
            Instant.parse("2038-01-19T03:14:07Z"));      // TIMESTAMP's last second

    private static Path dir;
    private static EmbeddedMariaDb db;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("golden-thread-dates-");
        db = EmbeddedMariaDb.start(new EmbeddedDbSettings(Path.of("target/mariadb-11.4.5").toAbsolutePath(),
                dir.resolve("db"), 0, "datestest", false, Duration.ofMinutes(2),
                List.of("--default-time-zone=+05:30", "--innodb-flush-log-at-trx-commit=0")));
    }

    @AfterAll
    static void stop() {
        db.close();
        DataDirectory.deleteRecursively(dir);
    }

    @Test
    void storedDatesKeepTheirInstantsAndColumnsTheirRulesAndASecondStartChangesNothing() throws Exception {
        try (Connection migration = migration()) {
            migration.createStatement().execute("CREATE TABLE " + TABLE + " (ID_ INT PRIMARY KEY,"
                    + " DUE_ TIMESTAMP(3) NULL,"
                    + " CREATED_ TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),"
                    + " CHANGED_ TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,"
                    + " FIXED_ TIMESTAMP NOT NULL DEFAULT '2030-01-01 00:00:00')");
            migration.createStatement().execute("CREATE TABLE audit_zz_kept (AT_ TIMESTAMP NULL)");
        }
        try (Connection app = application();
                var insert = app.prepareStatement("INSERT INTO " + TABLE + " (ID_, DUE_, CREATED_, CHANGED_)"
                        + " VALUES (?, ?, ?, ?)")) {
            assertThat(sessionTimeZone(app)).isEqualTo("+05:30");
            for (int i = 0; i < INSTANTS.size(); i++) {
                insert.setInt(1, i);
                insert.setTimestamp(2, Timestamp.from(INSTANTS.get(i)));
                insert.setTimestamp(3, Timestamp.from(INSTANTS.get(i)));
                insert.setTimestamp(4, Timestamp.from(INSTANTS.get(i).minusMillis(INSTANTS.get(i).toEpochMilli() % 1000)));
                insert.executeUpdate();
            }
            app.createStatement().execute("INSERT INTO " + TABLE + " (ID_, DUE_) VALUES (99, NULL)");
        }
        Map<Integer, List<String>> before = rows();
        Map<String, String> rulesBefore = columns();

        int converted = FlowableDateColumns.convert(migrationDataSource());

        assertThat(converted).isEqualTo(4);
        assertThat(rows()).as("every value the same instant, read as the application reads it").isEqualTo(before);
        assertThat(rows().get(3)).startsWith(INSTANTS.get(3).toString());
        assertThat(columns()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "DUE_", "datetime(3) YES NULL ",
                "CREATED_", "datetime(3) NO current_timestamp(3) ",
                "CHANGED_", "datetime(3) NO current_timestamp(3) on update current_timestamp(3)",
                "FIXED_", "datetime(3) NO '2030-01-01 00:00:00.000' "));
        assertThat(rulesBefore.get("DUE_")).startsWith("timestamp(3) YES");
        assertThat(typeOf("audit_zz_kept", "AT_")).as("not Flowable's: left alone").isEqualTo("timestamp");

        try (Connection app = application()) {
            app.createStatement().execute("INSERT INTO " + TABLE + " (ID_) VALUES (100)");
            app.createStatement().execute("UPDATE " + TABLE + " SET DUE_ = NULL WHERE ID_ = 0");
            try (var defaults = app.createStatement().executeQuery("SELECT CREATED_ > NOW() - INTERVAL 1 HOUR,"
                    + " CHANGED_ > NOW() - INTERVAL 1 HOUR, CAST(FIXED_ AS CHAR) FROM " + TABLE + " WHERE ID_ = 100");
                    var updated = app.createStatement().executeQuery("SELECT CHANGED_ > NOW() - INTERVAL 1 HOUR"
                            + " FROM " + TABLE + " WHERE ID_ = 0")) {
                defaults.next();
                updated.next();
                assertThat(defaults.getBoolean(1)).as("CREATED_ defaults to now").isTrue();
                assertThat(defaults.getBoolean(2)).as("CHANGED_ defaults to now").isTrue();
                assertThat(defaults.getString(3)).isEqualTo("2030-01-01 00:00:00.000");
                assertThat(updated.getBoolean(1)).as("CHANGED_ moves on at an update").isTrue();
            }
            app.createStatement().execute("DELETE FROM " + TABLE + " WHERE ID_ IN (0, 100)");
        }
        Map<Integer, List<String>> afterFirst = rows();
        Map<String, String> rulesAfterFirst = columns();

        assertThat(FlowableDateColumns.convert(migrationDataSource())).as("the second start converts nothing")
                .isZero();
        assertThat(rows()).isEqualTo(afterFirst);
        assertThat(columns()).isEqualTo(rulesAfterFirst);
    }

    /** Each row's dates as instants (the driver's reading, as Flowable gets them) and as the stored text. */
    private static Map<Integer, List<String>> rows() throws SQLException {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        try (Connection app = application();
                var result = app.createStatement().executeQuery("SELECT ID_, DUE_, CREATED_, CHANGED_, FIXED_,"
                        + " CAST(DUE_ AS CHAR), CAST(CREATED_ AS CHAR) FROM " + TABLE + " ORDER BY ID_")) {
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 2; column <= 5; column++) {
                    Timestamp value = result.getTimestamp(column);
                    values.add(value == null ? "null" : value.toInstant().toString());
                }
                values.add(String.valueOf(result.getString(6)).replaceAll("\\.?0*$", ""));
                values.add(String.valueOf(result.getString(7)).replaceAll("\\.?0*$", ""));
                rows.put(result.getInt(1), values);
            }
        }
        return rows;
    }

    private static Map<String, String> columns() throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Connection migration = migration();
                var result = migration.createStatement().executeQuery("SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE,"
                        + " COLUMN_DEFAULT, EXTRA FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = '" + TABLE + "' AND COLUMN_NAME <> 'ID_'")) {
            while (result.next()) {
                columns.put(result.getString(1), result.getString(2) + " " + result.getString(3) + " "
                        + (result.getString(4) == null ? "null" : result.getString(4)) + " " + result.getString(5));
            }
        }
        return columns;
    }

    private static String typeOf(String table, String column) throws SQLException {
        try (Connection migration = migration();
                var result = migration.createStatement().executeQuery("SELECT DATA_TYPE FROM"
                        + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + table
                        + "' AND COLUMN_NAME = '" + column + "'")) {
            result.next();
            return result.getString(1);
        }
    }

    private static String sessionTimeZone(Connection connection) throws SQLException {
        try (var result = connection.createStatement().executeQuery("SELECT @@session.time_zone")) {
            result.next();
            return result.getString(1);
        }
    }

    private static Connection application() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.appUsername(), db.appPassword());
    }

    private static Connection migration() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.migrationUsername(), db.migrationPassword());
    }

    private static DriverManagerDataSource migrationDataSource() {
        return new DriverManagerDataSource(db.jdbcUrl(), db.migrationUsername(), db.migrationPassword());
    }
}
