package uk.co.goldenthread.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least {@code goldenthread.password.min-length} characters (12), at most 64, not one
 * character repeated, not containing the username, and not in the list of common passwords shipped in
 * {@code security/common-passwords.txt} (compared without case, spaces or punctuation).
 */
@Component
public class PasswordPolicy {

    public static final int MAX_LENGTH = 64;

    private final int minLength;
    private final Set<String> common = new HashSet<>();

    PasswordPolicy(@Value("${goldenthread.password.min-length:12}") int minLength) {
        this.minLength = minLength;
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(PasswordPolicy::plain)
                    .forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords could not be read", e);
        }
    }

    public int minLength() {
        return minLength;
    }

    /** Why this password is refused for this username, in words for the person choosing it; empty when it is fine. */
    public Optional<String> problem(String username, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            return Optional.of("Use at least " + minLength + " characters; this has " + length
                    + ". A few unrelated words make a long password that is easy to remember.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters; this has " + length + ".");
        }
        String plain = plain(password);
        if (plain.chars().distinct().count() <= 2 || common.contains(plain)) {
            return Optional.of("This password is one of the most common ones, which are tried first by anyone "
                    + "guessing. Choose another.");
        }
        if (!username.isBlank() && plain.contains(plain(username))) {
            return Optional.of("The password must not contain your username.");
        }
        return Optional.empty();
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
