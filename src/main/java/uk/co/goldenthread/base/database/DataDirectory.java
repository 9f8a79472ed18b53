package uk.co.goldenthread.base.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folders of one embedded server: the data directory and, beside it, the server's private folder (owner-only)
 * with its temporary files, its pid file and its socket.
 */
final class DataDirectory {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

    private final Path dataDir;
    private volatile @Nullable ServerUser owner;

    DataDirectory(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path path() {
        return dataDir;
    }

    /** The account the server runs as, which owns the folders (none until known). */
    void ownedBy(ServerUser user) {
        this.owner = user;
    }

    Path tmpDir() {
        return dataDir.resolveSibling("mariadb-tmp");
    }

    Path pidFile() {
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
        String name = "golden-thread-mariadb-" + Integer.toHexString(dataDir.toAbsolutePath().hashCode());
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), name);
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            ServerUser user = owner;
            if (user != null) {
                user.own(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.resolve("mariadbd.sock").toString();
    }

    boolean isEmpty() throws IOException {
        try (Stream<Path> entries = Files.list(dataDir)) {
            return entries.findAny().isEmpty();
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
