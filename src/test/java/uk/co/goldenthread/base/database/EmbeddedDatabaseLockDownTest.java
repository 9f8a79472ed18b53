package uk.co.goldenthread.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB as an attacker on the same machine finds it: grant tables on, generated passwords kept
 * owner-only, no account usable without its password, the application's account limited to data, the server not
 * root, its socket in a private folder; and a data directory of an earlier version (root, no password) upgraded.
 */
class EmbeddedDatabaseLockDownTest {

    private static final Path BASE = Path.of("target/mariadb-11.4.5").toAbsolutePath();
    private Path folder;

    private EmbeddedMariaDb start(String database) throws Exception {
        folder = Files.createTempDirectory("golden-thread-lockdown-");
        return EmbeddedMariaDb.start(settings(folder.resolve("db"), database));
    }

    private static EmbeddedDbSettings settings(Path dataDir, String database) {
        return new EmbeddedDbSettings(BASE, dataDir, 0, database, false, Duration.ofMinutes(2), List.of());
    }

    @AfterEach
    void deleteFolder() {
        if (folder != null) {
            DataDirectory.deleteRecursively(folder);
        }
    }

    @Test
    void withoutTheGeneratedPasswordsNoLocalConnectionGetsIn() throws Exception {
        try (var db = start("lockdown")) {
            Path credentials = db.dataDir().resolve(EmbeddedDbCredentials.FILE_NAME);
            assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getOwner(credentials).getName()).isEqualTo(System.getProperty("user.name"));
            assertThat(db.appPassword()).hasSize(32).isNotEqualTo(db.migrationPassword());

            // what the earlier versions allowed, and any guess without the file
            for (String[] attempt : new String[][] {{"root", ""}, {EmbeddedDbCredentials.APP_USER, ""},
                    {EmbeddedDbCredentials.MIGRATION_USER, ""}, {"", ""}, {"mysql", ""},
                    {EmbeddedDbCredentials.APP_USER, "goldenthread"}, {"root", db.migrationPassword()}}) {
                assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), attempt[0], attempt[1]).close())
                        .as("connecting as '%s' with password '%s'", attempt[0], attempt[1])
                        .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            }

            try (Connection app = DriverManager.getConnection(db.jdbcUrl(), db.appUsername(), db.appPassword());
                    var statement = app.createStatement()) {
                var bind = statement.executeQuery("SELECT @@bind_address, @@skip_grant_tables, CURRENT_USER()");
                bind.next();
                assertThat(bind.getString(1)).isEqualTo("127.0.0.1");
                assertThat(bind.getInt(2)).isZero();
                assertThat(bind.getString(3)).isEqualTo("goldenthread_app@127.0.0.1");
                // data only: no schema changes, no files, no other databases
                for (String sql : List.of("CREATE TABLE stolen (x INT)", "CREATE DATABASE other",
                        "SELECT 1 INTO OUTFILE '/tmp/golden-thread-lockdown-out.txt'", "SELECT * FROM mysql.global_priv",
                        "CREATE USER intruder IDENTIFIED BY 'x'", "SET GLOBAL general_log = 1")) {
                    assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class);
                }
            }
            try (Connection migration = DriverManager.getConnection(db.jdbcUrl(), db.migrationUsername(),
                    db.migrationPassword()); var statement = migration.createStatement()) {
                statement.execute("CREATE TABLE owned_by_the_migration (x INT)");
                assertThatThrownBy(() -> statement.execute("SELECT * FROM mysql.global_priv"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void theServerNeverRunsAsRootAndItsSocketIsInAPrivateFolder() throws Exception {
        try (var db = start("notroot")) {
            String uid = Files.readAllLines(Path.of("/proc", String.valueOf(db.serverPid()), "status")).stream()
                    .filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow();
            assertThat(uid.split("\\s+")[1]).isNotEqualTo("0");
            String serverUser = ServerUser.runsAsRoot() ? ServerUser.DEFAULT_NAME : System.getProperty("user.name");
            Path socketFolder = Path.of(db.socketPath()).getParent();
            assertThat(Path.of(db.socketPath())).exists();
            assertThat(Files.getPosixFilePermissions(socketFolder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getOwner(socketFolder).getName()).isEqualTo(serverUser);
            assertThat(Files.getPosixFilePermissions(db.dataDir())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getOwner(db.dataDir().resolve("mysql")).getName()).isEqualTo(serverUser);
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionIsUpgradedAndKeepsItsData() throws Exception {
        folder = Files.createTempDirectory("golden-thread-upgrade-");
        Path dataDir = folder.resolve("db");
        EarlierVersionDataDirectory.create(BASE, dataDir, "upgraded");
        assertThat(dataDir.resolve(EmbeddedDbCredentials.FILE_NAME)).doesNotExist();

        try (var db = EmbeddedMariaDb.start(settings(dataDir, "upgraded"))) {
            assertThat(dataDir.resolve(EmbeddedDbCredentials.FILE_NAME)).exists();
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "root", "").close())
                    .hasMessageContaining("Access denied");
            try (Connection app = DriverManager.getConnection(db.jdbcUrl(), db.appUsername(), db.appPassword());
                    var statement = app.createStatement()) {
                var kept = statement.executeQuery("SELECT actor FROM audit_entry");
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("written by an earlier version");
                // the trigger of the earlier version still refuses, with its own message (its definer was redefined)
                assertThatThrownBy(() -> statement.execute("DELETE FROM audit_entry"))
                        .hasMessageContaining("The audit trail is append-only");
                assertThatThrownBy(() -> statement.execute("DROP TRIGGER audit_entry_no_delete"))
                        .isInstanceOf(SQLException.class);
            }
        }
        // and the next start reads the same passwords
        try (var db = EmbeddedMariaDb.start(settings(dataDir, "upgraded"));
                Connection app = DriverManager.getConnection(db.jdbcUrl(), db.appUsername(), db.appPassword())) {
            assertThat(app.isValid(5)).isTrue();
        }
    }
}
