package uk.co.goldenthread.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.packs.domain.PackFile;
import uk.co.goldenthread.packs.domain.PackFileRepository;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;

/**
 * A content-addressed copy of the stored pack files under the data directory, one file per SHA-256 of its bytes, so
 * that the public site streams a version's files from disk instead of holding them in memory. The database stays the
 * record: a file is written from its row the first time it is asked for (to a temporary name, then moved into place),
 * and a file already on disk is checked against its SHA-256 once per run before it is served; one that does not match
 * is written again from the database.
 */
@Component
@Transactional(readOnly = true)
class StoredFiles {

    private final PackFileRepository files;
    private final Path directory;
    private final Set<String> checked = ConcurrentHashMap.newKeySet();

    StoredFiles(PackFileRepository files, @Value("${goldenthread.pack-files.dir:data/pack-files}") Path directory) {
        this.files = files;
        this.directory = directory.toAbsolutePath();
    }

    /** The file on disk holding the bytes whose SHA-256 is given: those of the pack's stored file of that name. */
    Path path(long packId, String fileName, String sha256) {
        Path path = directory.resolve(sha256);
        if (checked.contains(sha256)) {
            return path;
        }
        try {
            if (!Files.isRegularFile(path) || !sha256.equals(sha256Of(path))) {
                write(files.findByPackIdAndFileName(packId, fileName).orElseThrow(), path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + fileName + " of pack " + packId + " to " + path, e);
        }
        checked.add(sha256);
        return path;
    }

    private void write(PackFile file, Path path) throws IOException {
        byte[] content = file.getContent();
        if (!file.getContentSha256().equals(CanonicalJson.sha256(content))) {
            throw new IllegalStateException("The stored " + file.getFileName() + " of pack " + file.getPackId()
                    + " does not match its SHA-256");
        }
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "writing-", ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String sha256Of(Path path) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
