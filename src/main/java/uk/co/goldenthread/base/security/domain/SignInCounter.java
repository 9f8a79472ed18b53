package uk.co.goldenthread.base.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins for one account or one address (the keyed hash of the username or address, never the thing itself) in
 * the current window, and the lock they caused: kept in the database so that a restart and every node keep to it.
 */
@Entity
public class SignInCounter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 10)
    private String kind = "";
    @Column(name = "key_sha256", length = 64)
    private String keySha256 = "";
    private int failures;
    private @Nullable LocalDateTime windowStart;
    private @Nullable LocalDateTime lockedUntil;

    protected SignInCounter() {
    }

    public SignInCounter(String kind, String keySha256) {
        this.kind = kind;
        this.keySha256 = keySha256;
    }

    /** Counts a failure; true when it is the one that locks (the count then starts again after the lock). */
    public boolean fail(LocalDateTime now, int max, Duration window, Duration lockout) {
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

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
