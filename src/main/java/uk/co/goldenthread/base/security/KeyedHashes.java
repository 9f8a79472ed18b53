package uk.co.goldenthread.base.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import uk.co.goldenthread.base.database.EmbeddedMariaDb;

/**
 * The HMAC-SHA-256 (lower-case hex) of a username or an address under the installation's secret: what the sign-in
 * throttle and the password-reset limits keep instead of the thing itself. A plain SHA-256 would not do: anyone with
 * the table reverses it by hashing every username or every IPv4 address; without the key nobody can.
 * <p>
 * The key: {@code goldenthread.security.hash-key} if set (the same on every node); else the file
 * {@code goldenthread.security.hash-key-file}; else {@value InstallationKey#FILE_NAME} in the embedded database's data
 * directory, generated on first use, owner-only. An external database has one of the first two, or the application
 * does not start ({@link SharedHashKeyRequired}).
 */
@Component
public class KeyedHashes {

    static final String KEY = "goldenthread.security.hash-key";
    static final String KEY_FILE = "goldenthread.security.hash-key-file";

    private final Supplier<InstallationKey> key;

    @Autowired
    KeyedHashes(Environment env, ObjectProvider<EmbeddedMariaDb> embedded) {
        // resolved on first use: the embedded database creates its data directory in the background
        this.key = SingletonSupplier.of(() -> resolve(env, embedded));
    }

    KeyedHashes(InstallationKey key) {
        this.key = () -> key;
    }

    /** The keyed hash of the text's UTF-8 bytes. */
    public String of(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get().bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private static InstallationKey resolve(Environment env, ObjectProvider<EmbeddedMariaDb> embedded) {
        SharedHashKeyRequired.check(env); // an external database has its key given: the start stopped otherwise
        String given = env.getProperty(KEY);
        if (given != null && !given.isBlank()) {
            return InstallationKey.given(given);
        }
        String file = env.getProperty(KEY_FILE);
        if (file != null && !file.isBlank()) {
            return InstallationKey.fromFile(Path.of(file));
        }
        EmbeddedMariaDb db = embedded.getIfAvailable();
        if (db != null) {
            db.awaitReady();
            return InstallationKey.fromFile(db.dataDir().resolve(InstallationKey.FILE_NAME));
        }
        throw new IllegalStateException("The embedded database is wanted but was not started, so it has no data"
                + " directory for the hash key: set " + KEY);
    }
}
