package uk.co.goldenthread.base.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Username and password sign-in with throttling: a locked account or address is refused before its password is
 * checked; every attempt is logged with the username only (never the password or the address) and published for the
 * audit trail ({@link SignInAttempt}). The only authentication provider bean, so Spring Security's global
 * authentication manager uses it and no unthrottled one.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private static final int COUNT_ATTEMPTS = 4;

    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(UserDetailsService people, PasswordEncoder passwordEncoder, SignInThrottle throttle,
            ApplicationEventPublisher events) {
        this.passwords = new DaoAuthenticationProvider(people);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = clean(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        Optional<SignInLockedException> refusal = throttle.refusal(username, address);
        if (refusal.isPresent()) {
            log.warn("Sign-in refused for {}: {} locked", username, refusal.get().byAddress() ? "address" : "account");
            events.publishEvent(new SignInAttempt(username, SignInAttempt.Outcome.REFUSED_WHILE_LOCKED,
                    refusal.get().byAddress() ? "Refused: address locked" : "Refused: locked"));
            throw refusal.get();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            log.info("Signed in: {}", username);
            events.publishEvent(new SignInAttempt(username, SignInAttempt.Outcome.SIGNED_IN, "Signed in"));
            return result;
        } catch (AuthenticationException e) {
            log.info("Sign-in failed for {}", username);
            events.publishEvent(new SignInAttempt(username, SignInAttempt.Outcome.FAILED, "Failed"));
            Optional<SignInLockedException> locked = countFailure(username, address);
            if (locked.isEmpty()) {
                throw e;
            }
            if (locked.get().byAddress()) {
                log.warn("Sign-ins from one address locked for {} minutes after {} failed attempts (the last for {})",
                        throttle.lockoutMinutes(), throttle.maxPerAddress(), username);
                events.publishEvent(new SignInAttempt(username, SignInAttempt.Outcome.LOCKED, "Address locked for "
                        + throttle.lockoutMinutes() + " minutes after " + throttle.maxPerAddress()
                        + " failed sign-ins"));
            } else {
                log.warn("Sign-in locked for {} for {} minutes after {} failed attempts", username,
                        throttle.lockoutMinutes(), throttle.maxPerAccount());
                events.publishEvent(new SignInAttempt(username, SignInAttempt.Outcome.LOCKED, "Locked for "
                        + throttle.lockoutMinutes() + " minutes after " + throttle.maxPerAccount() + " failed sign-ins"));
            }
            throw locked.get();
        }
    }

    /**
     * Counts the failure; again if it raced another sign-in's first failure for the same account or address (both
     * inserting its counter, or waiting for each other's locks): the next time the counter is there to lock. Then
     * forgets spent counters, which may fail under the same race and is done again at the next failure.
     */
    private Optional<SignInLockedException> countFailure(String username, String address) {
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<SignInLockedException> locked = throttle.failed(username, address);
                forgetSpentCounters();
                return locked;
            } catch (DataAccessException | TransactionException raced) {
                if (attempt == COUNT_ATTEMPTS) {
                    throw raced;
                }
                log.info("Sign-in failure for {} counted again after a concurrent update", username);
            }
        }
    }

    private void forgetSpentCounters() {
        try {
            throttle.forgetSpent();
        } catch (DataAccessException | TransactionException raced) {
            log.debug("Spent sign-in counters left for the next failure", raced);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The username as typed, safe for a log line: no control characters (no forged lines), at most 100 characters. */
    static String clean(String username) {
        String printable = username.replaceAll("\\p{Cntrl}", "?").strip();
        return printable.length() > 100 ? printable.substring(0, 100) : printable;
    }
}
