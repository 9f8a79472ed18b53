package uk.co.goldenthread.base.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a data directory exactly as Golden Thread's earlier versions did: installed with root's empty password,
 * served with --skip-grant-tables (as root when started as root), the schema created by that unauthenticated root. It
 * holds an append-only table with its trigger and one row, as the audit trail had.
 */
final class EarlierVersionDataDirectory {

    private EarlierVersionDataDirectory() {
    }

    static void create(Path baseDir, Path dataDir, String database) throws Exception {
        MariaDbBinaries.unpack(baseDir);
        Path tmp = dataDir.resolveSibling("mariadb-tmp");
        Files.createDirectories(dataDir);
        Files.createDirectories(tmp);
        List<String> asRoot = ServerUser.runsAsRoot() ? List.of("--user=root") : List.of();
        var install = new ArrayList<>(List.of(baseDir.resolve("scripts/mariadb-install-db").toString(), "--no-defaults",
                "--force", "--skip-name-resolve", "--auth-root-authentication-method=normal", "--basedir=" + baseDir,
                "--datadir=" + dataDir, "--tmpdir=" + tmp));
        install.addAll(asRoot);
        run(baseDir, install);

        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var serve = new ArrayList<>(List.of(baseDir.resolve("bin/mariadbd").toString(), "--no-defaults", "--console",
                "--skip-grant-tables", "--skip-name-resolve", "--bind-address=127.0.0.1", "--port=" + port,
                "--socket=" + tmp.resolve("old.sock"), "--basedir=" + baseDir, "--datadir=" + dataDir,
                "--tmpdir=" + tmp, "--pid-file=" + tmp.resolve("mariadbd.pid")));
        serve.addAll(asRoot);
        Process server = builder(baseDir, serve).start();
        var ready = new java.util.concurrent.CompletableFuture<Void>();
        Thread.ofPlatform().daemon().start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> line.contains("ready for connections")).forEach(line -> ready.complete(null));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        });
        try {
            ready.get(2, TimeUnit.MINUTES);
            try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                    var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                statement.execute("USE `" + database + "`");
                statement.execute("CREATE TABLE audit_entry (id BIGINT PRIMARY KEY, actor VARCHAR(100) NOT NULL)");
                statement.execute("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only'");
                statement.execute("INSERT INTO audit_entry VALUES (1, 'written by an earlier version')");
            }
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        } finally {
            server.destroyForcibly();
        }
    }

    private static void run(Path baseDir, List<String> command) throws IOException, InterruptedException {
        Process process = builder(baseDir, command).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(command.get(0) + " failed: " + output);
        }
    }

    private static ProcessBuilder builder(Path baseDir, List<String> command) {
        var builder = new ProcessBuilder(command).directory(baseDir.toFile()).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", baseDir.resolve("libs").toString());
        return builder;
    }
}
