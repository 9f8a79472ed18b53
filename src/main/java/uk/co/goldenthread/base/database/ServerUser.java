package uk.co.goldenthread.base.database;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating-system account mariadbd runs as. Started by an ordinary user, the server runs as that user. Started as
 * root, it never runs as root: it runs as a dedicated system account ({@code goldenthread.embedded-db.os-user},
 * default {@value #DEFAULT_NAME}), created with {@code useradd --system} (no home, no shell) when it does not exist
 * yet; the data directory and the server's private folder are given to that account.
 */
final class ServerUser {

    static final String DEFAULT_NAME = "goldenthread-db";
    private static final Logger log = LoggerFactory.getLogger(ServerUser.class);

    /** Null when the JVM is not root: the server then runs as the JVM's own user. */
    private final @Nullable String name;

    private ServerUser(@Nullable String name) {
        this.name = name;
    }

    static ServerUser forThisProcess(String wanted) {
        if (!runsAsRoot()) {
            return new ServerUser(null);
        }
        if ("root".equals(wanted) || wanted.isBlank()) {
            throw new IllegalStateException("The embedded MariaDB never runs as root: set goldenthread.embedded-db.os-user"
                    + " to an unprivileged system account (default " + DEFAULT_NAME + ")");
        }
        if (!exists(wanted)) {
            create(wanted);
        }
        return new ServerUser(wanted);
    }

    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The {@code --user} argument for mariadbd and mariadb-install-db, or none. */
    List<String> arguments() {
        return name == null ? List.of() : List.of("--user=" + name);
    }

    @Nullable String name() {
        return name;
    }

    /** Gives the folder (and everything in it, except the credentials) to the server's account. */
    void own(Path dir) throws IOException {
        if (name == null) {
            return;
        }
        UserPrincipal owner = lookup(name);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                if (!path.getFileName().toString().equals(EmbeddedDbCredentials.FILE_NAME)
                        && !owner.equals(Files.getOwner(path))) {
                    Files.setOwner(path, owner);
                }
            }
        }
    }

    /**
     * The server's account must be able to pass through the folders above its own (without reading them): the folder
     * that holds the data directory is opened for passing through (o+x), any folder above it must be already.
     */
    void mayTraverse(Path dir) throws IOException {
        if (name == null) {
            return;
        }
        for (Path folder = dir; folder != null; folder = folder.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                if (!folder.equals(dir)) {
                    throw new IOException("The embedded MariaDB runs as " + name + ", which cannot reach " + dir
                            + ": allow it through " + folder + " (chmod o+x) or choose another data directory");
                }
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(folder, permissions);
            }
        }
    }

    private static boolean exists(String user) {
        try {
            lookup(user);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static UserPrincipal lookup(String user) throws IOException {
        try {
            return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(user);
        } catch (UserPrincipalNotFoundException e) {
            throw new IOException("No such user: " + user, e);
        }
    }

    private static void create(String user) {
        log.warn("Creating the system account {} to run the embedded MariaDB (never as root)", user);
        try {
            Process useradd = new ProcessBuilder("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", "--user-group", user).redirectErrorStream(true).start();
            String output = new String(useradd.getInputStream().readAllBytes());
            if (!useradd.waitFor(60, TimeUnit.SECONDS)) {
                useradd.destroyForcibly();
            }
            // another JVM may have created it at the same moment
            if (!exists(user)) {
                throw new IllegalStateException(refusal(user, output.trim()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(refusal(user, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(refusal(user, "interrupted"), e);
        }
    }

    private static String refusal(String user, @Nullable String why) {
        return "The embedded MariaDB never runs as root, and the system account " + user + " could not be created ("
                + why + "). Create it (useradd --system --no-create-home --shell /usr/sbin/nologin " + user
                + "), choose another with goldenthread.embedded-db.os-user, or start Golden Thread as an ordinary user";
    }
}
