package uk.co.goldenthread.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the JVM that started the embedded MariaDB leaves no server serving its data, and the next start works;
 * a server left over without its watchdog or pid file is found by its data directory; a stale pid file naming some
 * other process called mariadbd leaves that process alone.
 */
class TheServerDiesWithItsJvmTest {

    private static final Path BASE = Path.of("target/mariadb-11.4.5").toAbsolutePath();
    private Path folder;
    private Process decoy;

    @AfterEach
    void cleanUp() {
        if (decoy != null) {
            decoy.destroyForcibly();
        }
        if (folder != null) {
            DataDirectory.deleteRecursively(folder);
        }
    }

    @Test
    void killMinus9OfTheJvmStopsTheServerAndTheNextStartWorks() throws Exception {
        folder = Files.createTempDirectory("golden-thread-lifetime-");
        Path dataDir = folder.resolve("db");
        Process jvm = startInAnotherJvm(dataDir);
        long[] started = awaitReady(jvm);
        ProcessHandle server = ProcessHandle.of(started[0]).orElseThrow();

        jvm.destroyForcibly(); // SIGKILL: no shutdown hook, no Spring close
        jvm.waitFor(30, TimeUnit.SECONDS);
        assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + started[2] + "/", "x", "")
                .close()).isInstanceOf(SQLException.class);

        try (var db = EmbeddedMariaDb.start(settings(dataDir));
                var connection = DriverManager.getConnection(db.jdbcUrl(), db.appUsername(), db.appPassword())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void aServerLeftRunningWithoutWatchdogOrPidFileIsFoundByItsDataDirectoryAndStopped() throws Exception {
        folder = Files.createTempDirectory("golden-thread-orphan-");
        Path dataDir = folder.resolve("db");
        Process jvm = startInAnotherJvm(dataDir);
        long[] started = awaitReady(jvm);
        ProcessHandle server = ProcessHandle.of(started[0]).orElseThrow();
        ProcessHandle.of(started[1]).orElseThrow().destroyForcibly(); // the watchdog first: nothing stops the server
        jvm.destroyForcibly();
        jvm.waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(1000);
        assertThat(server.isAlive()).as("an orphan, as earlier versions left").isTrue();
        Files.delete(dataDir.resolveSibling("mariadb-tmp").resolve("mariadbd.pid"));

        try (var db = EmbeddedMariaDb.start(settings(dataDir));
                var connection = DriverManager.getConnection(db.jdbcUrl(), db.appUsername(), db.appPassword())) {
            assertThat(server.isAlive()).isFalse();
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void aStalePidFileNamingAnotherProcessCalledMariadbdLeavesThatProcessAlone() throws Exception {
        folder = Files.createTempDirectory("golden-thread-stale-pid-");
        Path dataDir = folder.resolve("db");
        Path fake = Files.createDirectories(folder.resolve("elsewhere")).resolve("mariadbd");
        Files.copy(Path.of("/bin/sleep"), fake);
        decoy = new ProcessBuilder(fake.toString(), "600").start();
        Path pidFile = Files.createDirectories(dataDir.resolveSibling("mariadb-tmp")).resolve("mariadbd.pid");
        Files.writeString(pidFile, decoy.pid() + "\n");

        try (var db = EmbeddedMariaDb.start(settings(dataDir))) {
            assertThat(decoy.isAlive()).as("some other mariadbd, not serving this data directory").isTrue();
            assertThat(db.serverPid()).isNotEqualTo(decoy.pid());
        }
    }

    private static EmbeddedDbSettings settings(Path dataDir) {
        return new EmbeddedDbSettings(BASE, dataDir, 0, "lifetime", false, Duration.ofMinutes(2), List.of());
    }

    private static Process startInAnotherJvm(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDbInAnotherJvm.class.getName(), BASE.toString(), dataDir.toString())
                .redirectErrorStream(true).start();
    }

    /** The server's pid, the watchdog's pid and the port. */
    private static long[] awaitReady(Process jvm) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        var output = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            output.append(line).append('\n');
            if (line.startsWith("READY ")) {
                String[] parts = line.split(" ");
                Thread.ofPlatform().daemon().start(() -> reader.lines().forEach(ignored -> { }));
                return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])};
            }
        }
        throw new AssertionError("The other JVM did not start the database:\n" + output);
    }
}
