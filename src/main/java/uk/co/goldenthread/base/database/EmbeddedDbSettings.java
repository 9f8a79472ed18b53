package uk.co.goldenthread.base.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * Where and how the embedded MariaDB runs. Binaries are unpacked once into {@code baseDir}; the data lives in
 * {@code dataDir}, which survives restarts unless the database is {@code temporary} (tests). Started as root, the
 * server runs as {@code osUser} (never as root).
 */
public record EmbeddedDbSettings(Path baseDir, Path dataDir, int port, String databaseName, boolean temporary,
        Duration startTimeout, List<String> serverArguments, String osUser) {

    /** Settings with the default account for the server when started as root. */
    public EmbeddedDbSettings(Path baseDir, Path dataDir, int port, String databaseName, boolean temporary,
            Duration startTimeout, List<String> serverArguments) {
        this(baseDir, dataDir, port, databaseName, temporary, startTimeout, serverArguments, ServerUser.DEFAULT_NAME);
    }

    /** The directory holding the data directory (for a temporary database, the one deleted with it). */
    Path dataDirParent() {
        Path parent = dataDir.toAbsolutePath().getParent();
        if (parent == null) {
            throw new IllegalStateException("The embedded MariaDB's data directory cannot be the file-system root");
        }
        return parent;
    }

    static final String PREFIX = "goldenthread.embedded-db.";

    static EmbeddedDbSettings from(Environment env) {
        boolean temporary = env.getProperty(PREFIX + "temporary", Boolean.class, false);
        Path dataDir = temporary ? temporaryDataDir() : Path.of(env.getProperty(PREFIX + "data-dir", "data/db"));
        return new EmbeddedDbSettings(
                Path.of(env.getProperty(PREFIX + "base-dir", "data/mariadb-11.4.5")).toAbsolutePath(),
                dataDir.toAbsolutePath(),
                env.getProperty(PREFIX + "port", Integer.class, 0),
                env.getProperty(PREFIX + "database", "goldenthread"),
                temporary,
                env.getProperty(PREFIX + "start-timeout", Duration.class, Duration.ofMinutes(2)),
                List.of(env.getProperty(PREFIX + "server-arguments", String[].class, new String[0])),
                env.getProperty(PREFIX + "os-user", ServerUser.DEFAULT_NAME));
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("golden-thread-db-").resolve("db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
