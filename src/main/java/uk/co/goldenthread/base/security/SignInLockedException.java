package uk.co.goldenthread.base.security;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused because its account or address is locked for a while; the message says so and for how long. */
public class SignInLockedException extends LockedException {

    private final boolean byAddress;

    SignInLockedException(String message, boolean byAddress) {
        super(message);
        this.byAddress = byAddress;
    }

    public boolean byAddress() {
        return byAddress;
    }
}
