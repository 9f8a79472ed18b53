package uk.co.goldenthread.base.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret of one installation under which usernames and addresses are hashed ({@link KeyedHashes}): given by a
 * setting (the same on every node), or generated once into a file readable by its owner only, as the embedded
 * database's passwords are. Losing it loses nothing but the sign-in and reset counts in progress.
 */
public final class InstallationKey {

    /** The file's name in the embedded database's data directory (or in {@code data/} beside an external one). */
    public static final String FILE_NAME = "golden-thread-hash-key";
    static final int MIN_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private InstallationKey(String text) {
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    /** A key given by a setting: at least 32 characters. */
    public static InstallationKey given(String text) {
        String key = text.strip();
        if (key.length() < MIN_LENGTH) {
            throw new IllegalStateException("goldenthread.security.hash-key must have at least " + MIN_LENGTH
                    + " characters (it has " + key.length() + "): give a long random secret, the same on every node");
        }
        return new InstallationKey(key);
    }

    /** The key in this file, generated (64 random hex digits, owner-only) the first time. */
    public static InstallationKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return given(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the hash key " + file, e);
        }
    }

    /**
     * Written whole under another name, then linked into place: a link never replaces a file, so when two nodes (or
     * two contexts) make one at once, the first one's is kept and both read it.
     */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".hash-key-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException someoneElse) {
            // another process made it first: use theirs
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "InstallationKey[hidden]";
    }
}
