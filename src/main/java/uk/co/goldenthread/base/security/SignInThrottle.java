package uk.co.goldenthread.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.security.domain.SignInCounter;
import uk.co.goldenthread.base.security.domain.SignInCounterRepository;

/**
 * Counts failed sign-ins per account (the username typed, known or not, so a lockout tells nothing about which
 * accounts exist) and per address, in a window; too many lock the account or the address for a while.
 * Settings (defaults): {@code goldenthread.sign-in.max-failures-per-account} (5),
 * {@code goldenthread.sign-in.max-failures-per-address} (20), {@code goldenthread.sign-in.failure-window} (15m),
 * {@code goldenthread.sign-in.lockout} (15m). A successful sign-in clears its account's failures, not its address's.
 * <p>
 * The counts are in the database (only {@link KeyedHashes} of usernames and addresses), each counted under a row lock, so a restart
 * forgets nothing and every application node keeps to the same limits. Each call is its own transaction.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class SignInThrottle {

    public static final String AUDIT_SUBJECT = "Sign-in";
    private static final String ACCOUNT = "account";
    private static final String ADDRESS = "address";

    private final SignInCounterRepository counters;
    private final KeyedHashes hashes;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;

    SignInThrottle(SignInCounterRepository counters, KeyedHashes hashes,
            @Value("${goldenthread.sign-in.max-failures-per-account:5}") int maxPerAccount,
            @Value("${goldenthread.sign-in.max-failures-per-address:20}") int maxPerAddress,
            @Value("${goldenthread.sign-in.failure-window:15m}") Duration window,
            @Value("${goldenthread.sign-in.lockout:15m}") Duration lockout, Clock clock) {
        this.counters = counters;
        this.hashes = hashes;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** Why a sign-in is refused before its password is even checked, if it is. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<SignInLockedException> refusal(String username, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (counters.findByKindAndKeySha256(ACCOUNT, accountKey(username)).filter(c -> c.lockedAt(now)).isPresent()) {
            return Optional.of(new SignInLockedException(accountMessage(), false));
        }
        if (counters.findByKindAndKeySha256(ADDRESS, hashes.of(address)).filter(c -> c.lockedAt(now)).isPresent()) {
            return Optional.of(new SignInLockedException(addressMessage(), true));
        }
        return Optional.empty();
    }

    /**
     * Counts a failure; the lockout it causes, if it causes one now. Read committed: under repeatable read, two first
     * failures at once both took a gap lock looking for the missing counter and then deadlocked inserting it; now one
     * inserts and the other meets its duplicate and counts again (ThrottledAuthenticationProvider).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    Optional<SignInLockedException> failed(String username, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        // always the account first, then the address: two sign-ins never wait for each other's rows in a circle
        boolean accountLocked = counter(ACCOUNT, accountKey(username)).fail(now, maxPerAccount, window, lockout);
        boolean addressLocked = counter(ADDRESS, hashes.of(address)).fail(now, maxPerAddress, window, lockout);
        if (accountLocked) {
            return Optional.of(new SignInLockedException(accountMessage(), false));
        }
        return addressLocked ? Optional.of(new SignInLockedException(addressMessage(), true)) : Optional.empty();
    }

    /**
     * Forgets counters whose window and lock are over, in a transaction of its own: the delete scans the table, and in
     * the counting transaction it deadlocked with other failures counted at the same moment.
     */
    void forgetSpent() {
        LocalDateTime now = LocalDateTime.now(clock);
        counters.deleteSpentBefore(now.minus(window.compareTo(lockout) > 0 ? window : lockout));
    }

    void succeeded(String username) {
        counters.deleteByKindAndKeySha256(ACCOUNT, accountKey(username));
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

    private SignInCounter counter(String kind, String key) {
        return counters.lockByKindAndKeySha256(kind, key)
                .orElseGet(() -> counters.saveAndFlush(new SignInCounter(kind, key)));
    }

    private String accountMessage() {
        return "This account is locked for " + lockout.toMinutes() + " minutes after " + maxPerAccount
                + " failed sign-ins. Try again later, or ask the Performance Team to reset your password.";
    }

    private String addressMessage() {
        return "Sign-ins from your address are paused for " + lockout.toMinutes() + " minutes after "
                + maxPerAddress + " failed attempts. Try again later.";
    }

    private String accountKey(String username) {
        return hashes.of(username.strip().toLowerCase(Locale.ROOT));
    }

    void clearForTest() {
        counters.deleteAllInBatch();
    }
}
