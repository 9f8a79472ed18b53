package uk.co.goldenthread.base.security;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import uk.co.goldenthread.base.database.EmbeddedDbStarter;

/**
 * Fail closed: on an external database, which several nodes may share, the start stops before anything else unless
 * the hash key is given ({@code goldenthread.security.hash-key}, or a key file that already exists). A key generated
 * on each node would split the sign-in throttle silently: N nodes would give N x 5 tries at a password. The embedded
 * database is one node's own, and keeps the key file generated in its data directory. A key given too short stops
 * every start the same way.
 */
public class SharedHashKeyRequired implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        check(context.getEnvironment());
    }

    static void check(Environment env) {
        String key = env.getProperty(KeyedHashes.KEY);
        if (key != null && !key.isBlank()) {
            try {
                InstallationKey.given(key);
            } catch (IllegalStateException tooShort) {
                // on any database: one plain paragraph, not the stack trace of a bean that could not be made
                throw new HashKeyMissingException(String.valueOf(tooShort.getMessage()));
            }
            return;
        }
        if (EmbeddedDbStarter.isWanted(env)) {
            return;
        }
        String file = env.getProperty(KeyedHashes.KEY_FILE);
        if (file != null && !file.isBlank() && Files.isRegularFile(Path.of(file))) {
            return;
        }
        throw new HashKeyMissingException(file != null && !file.isBlank()
                ? "The hash key file " + file + " (" + KeyedHashes.KEY_FILE + ") does not exist: on an external"
                        + " database Golden Thread will not generate one, since a key generated on each node lets each"
                        + " node count sign-in failures apart (N nodes, N x 5 tries at a password)."
                : "An external database needs " + KeyedHashes.KEY + " (GOLDENTHREAD_SECURITY_HASH_KEY), at least "
                        + InstallationKey.MIN_LENGTH + " characters, the same on every node: a key generated on each"
                        + " node lets each node count sign-in failures apart (N nodes, N x 5 tries at a password).");
    }

    /** Why the start stopped, reported in one paragraph by {@link HashKeyMissingFailureAnalyzer}, not a stack trace. */
    static final class HashKeyMissingException extends IllegalStateException {
        HashKeyMissingException(String message) {
            super(message);
        }
    }
}
