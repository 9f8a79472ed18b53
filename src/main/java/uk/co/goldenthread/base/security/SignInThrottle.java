package uk.co.goldenthread.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account (the username typed, known or not, so a lockout tells nothing about which
 * accounts exist) and per address, in a sliding window; too many lock the account or the address for a while.
 * Settings (defaults): {@code goldenthread.sign-in.max-failures-per-account} (5),
 * {@code goldenthread.sign-in.max-failures-per-address} (20), {@code goldenthread.sign-in.failure-window} (15m),
 * {@code goldenthread.sign-in.lockout} (15m). A successful sign-in clears its account's failures, not its address's.
 * <p>
 * The counts are in this node's memory: a restart forgets them, and with several nodes each counts its own.
 */
@Component
public class SignInThrottle {

    public static final String AUDIT_SUBJECT = "Sign-in";
    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, Counter> accounts = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;

    SignInThrottle(@Value("${goldenthread.sign-in.max-failures-per-account:5}") int maxPerAccount,
            @Value("${goldenthread.sign-in.max-failures-per-address:20}") int maxPerAddress,
            @Value("${goldenthread.sign-in.failure-window:15m}") Duration window,
            @Value("${goldenthread.sign-in.lockout:15m}") Duration lockout, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** Why a sign-in is refused before its password is even checked, if it is. */
    public Optional<SignInLockedException> refusal(String username, String address) {
        Instant now = clock.instant();
        Counter account = accounts.get(key(username));
        if (account != null && account.lockedAt(now)) {
            return Optional.of(new SignInLockedException(accountMessage(), false));
        }
        Counter from = addresses.get(address);
        if (from != null && from.lockedAt(now)) {
            return Optional.of(new SignInLockedException(addressMessage(), true));
        }
        return Optional.empty();
    }

    /** Counts a failure; the lockout it causes, if it causes one now. */
    Optional<SignInLockedException> failed(String username, String address) {
        Instant now = clock.instant();
        tidy(now);
        boolean accountLocked = accounts.computeIfAbsent(key(username), k -> new Counter()).fail(now, maxPerAccount);
        boolean addressLocked = addresses.computeIfAbsent(address, k -> new Counter()).fail(now, maxPerAddress);
        if (accountLocked) {
            return Optional.of(new SignInLockedException(accountMessage(), false));
        }
        return addressLocked ? Optional.of(new SignInLockedException(addressMessage(), true)) : Optional.empty();
    }

    void succeeded(String username) {
        accounts.remove(key(username));
    }

    int maxPerAccount() {
        return maxPerAccount;
    }

    int maxPerAddress() {
        return maxPerAddress;
    }

    long lockoutMinutes() {
        return lockout.toMinutes();
    }

    private String accountMessage() {
        return "This account is locked for " + lockout.toMinutes() + " minutes after " + maxPerAccount
                + " failed sign-ins. Try again later, or ask the Performance Team to reset your password.";
    }

    private String addressMessage() {
        return "Sign-ins from your address are paused for " + lockout.toMinutes() + " minutes after "
                + maxPerAddress + " failed attempts. Try again later.";
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Drops counts that no longer matter, so guessing many usernames cannot fill the memory. */
    private void tidy(Instant now) {
        for (Map<String, Counter> counters : java.util.List.of(accounts, addresses)) {
            if (counters.size() > MAX_ENTRIES) {
                counters.values().removeIf(c -> c.expired(now));
                if (counters.size() > MAX_ENTRIES) {
                    counters.clear();
                }
            }
        }
    }

    void clearForTest() {
        accounts.clear();
        addresses.clear();
    }

    private final class Counter {
        private int failures;
        private @Nullable Instant windowStart;
        private @Nullable Instant lockedUntil;

        synchronized boolean fail(Instant now, int max) {
            if (lockedAt(now)) {
                return false;
            }
            if (windowStart == null || now.isAfter(windowStart.plus(window))) {
                windowStart = now;
                failures = 0;
            }
            failures++;
            if (failures >= max) {
                lockedUntil = now.plus(lockout);
                failures = 0;
                windowStart = null;
                return true;
            }
            return false;
        }

        synchronized boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        synchronized boolean expired(Instant now) {
            return !lockedAt(now) && (windowStart == null || now.isAfter(windowStart.plus(window)));
        }
    }
}
