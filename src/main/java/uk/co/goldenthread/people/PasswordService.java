package uk.co.goldenthread.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.Sha256;
import uk.co.goldenthread.base.security.KeyedHashes;
import uk.co.goldenthread.base.mail.Email;
import uk.co.goldenthread.base.mail.Mailer;
import uk.co.goldenthread.base.security.SignedInSessions;
import uk.co.goldenthread.people.domain.PasswordResetRequest;
import uk.co.goldenthread.people.domain.PasswordResetLock;
import uk.co.goldenthread.people.domain.PasswordResetLockRepository;
import uk.co.goldenthread.people.domain.PasswordResetRequestRepository;
import uk.co.goldenthread.people.domain.PasswordToken;
import uk.co.goldenthread.people.domain.PasswordTokenRepository;
import uk.co.goldenthread.people.domain.Person;
import uk.co.goldenthread.people.domain.PersonRepository;

/**
 * Passwords over their life: the Performance Team e-mails a person a one-time link to set their first password
 * (valid {@code goldenthread.password.invitation-valid}, 7 days); anyone can ask for a reset link by username or
 * e-mail (valid {@code goldenthread.password.reset-valid}, 1 hour; the answer is the same whether or not an account
 * matches); a signed-in person changes theirs by giving the current one. Every password meets {@link PasswordPolicy};
 * only the SHA-256 of a link's token is stored; every step is audited (subject Person, field Password), never the
 * password; setting or changing one ends the person's other sessions. Reset e-mails are limited, in the database so
 * that restarts and other nodes keep to them: at most {@code goldenthread.password.resets-per-account} (3) to one
 * account and {@code goldenthread.password.resets-per-address} (10) requests from one address an hour; a request over
 * a limit sends nothing and is answered as any other. Addresses are kept only as {@link KeyedHashes}, and requests from
 * one address are counted one at a time on every node.
 */
@Service
@Transactional
public class PasswordService {

    private static final Logger log = LoggerFactory.getLogger(PasswordService.class);
    static final String INVITATION = "invitation";
    static final String RESET = "reset";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration RESET_LIMIT_WINDOW = Duration.ofHours(1);

    private final PersonRepository people;
    private final PasswordTokenRepository tokens;
    private final PasswordResetRequestRepository resetRequests;
    private final PasswordResetLockRepository resetLocks;
    private final KeyedHashes hashes;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Mailer mailer;
    private final AuditLog audit;
    private final SignedInSessions sessions;
    private final Clock clock;
    private final String baseUrl;
    private final String council;
    private final Duration invitationValid;
    private final Duration resetValid;
    private final int resetsPerAccount;
    private final int resetsPerAddress;

    PasswordService(PersonRepository people, PasswordTokenRepository tokens,
            PasswordResetRequestRepository resetRequests, PasswordResetLockRepository resetLocks, KeyedHashes hashes,
            PasswordEncoder encoder, PasswordPolicy policy,
            Mailer mailer, AuditLog audit, SignedInSessions sessions, Clock clock,
            @Value("${goldenthread.base-url}") String baseUrl, @Value("${goldenthread.council.name}") String council,
            @Value("${goldenthread.password.invitation-valid:7d}") Duration invitationValid,
            @Value("${goldenthread.password.reset-valid:1h}") Duration resetValid,
            @Value("${goldenthread.password.resets-per-account:3}") int resetsPerAccount,
            @Value("${goldenthread.password.resets-per-address:10}") int resetsPerAddress) {
        this.people = people;
        this.tokens = tokens;
        this.resetRequests = resetRequests;
        this.resetLocks = resetLocks;
        this.hashes = hashes;
        this.encoder = encoder;
        this.policy = policy;
        this.mailer = mailer;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.council = council;
        this.invitationValid = invitationValid;
        this.resetValid = resetValid;
        this.resetsPerAccount = resetsPerAccount;
        this.resetsPerAddress = resetsPerAddress;
    }

    /** E-mails the person a one-time link to set their password (their first, or a new one). */
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public void sendSignInLink(long personId) {
        Person person = people.findById(personId)
                .orElseThrow(() -> new DomainException("There is no person with id " + personId + "."));
        if (hasLeft(person)) {
            throw new DomainException(person.getFullName() + " has left, so they cannot be given a sign-in.");
        }
        if (person.getEmail() == null) {
            throw InvalidInputException.of("Email", "Give " + person.getFullName()
                    + "'s e-mail address first: the sign-in link is sent there.");
        }
        String link = newLink(person, INVITATION, invitationValid);
        mailer.sendAfterCommit(new Email(person.getEmail(), "Your sign-in to Golden Thread", "Dear "
                + person.getFullName() + ",\n\nThe Performance Team has given you a sign-in to Golden Thread, "
                + council + "'s performance system. Your username is " + person.getUsername() + ".\n\nChoose your "
                + "password here. The link works once, for " + days(invitationValid) + ":\n\n" + link + "\n\nIf you "
                + "did not expect this e-mail, tell the Performance Team and do not use the link.\n"));
        audit.record(PeopleAdminService.AUDIT_SUBJECT, personId, "Password", null,
                "Sign-in link e-mailed (valid " + days(invitationValid) + ")", null);
    }

    /**
     * E-mails a reset link to the account with this username or e-mail address, if there is one that may sign in and
     * neither it nor the address asking (the requester's IP address) is over its hourly limit; says nothing either
     * way, so the page cannot be used to find out who has an account.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void requestReset(@Nullable String usernameOrEmail, @Nullable String fromAddress) {
        String wanted = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (wanted.isEmpty() || wanted.length() > 254) {
            throw InvalidInputException.of("Username or e-mail", "Give your username or your e-mail address.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime windowStart = now.minus(RESET_LIMIT_WINDOW);
        // an address without a name (never so behind Tomcat) shares one allowance with every other such request
        String address = hashes.of(fromAddress == null || fromAddress.isBlank() ? "unknown" : fromAddress.strip());
        // requests from this address wait here for each other, on every node, until each has counted and recorded
        // itself; read committed, so that each sees what the one before it recorded, and nothing locks gaps
        resetLocks.lock((short) PasswordResetLock.of(address)).orElseThrow();
        resetRequests.deleteRequestedUpTo(windowStart);
        if (resetRequests.countByAddressSha256AndRequestedAtAfter(address, windowStart) >= resetsPerAddress) {
            log.info("Password reset not sent: {} requests from one address in the last hour", resetsPerAddress);
            return;
        }
        resetRequests.save(new PasswordResetRequest(address, now));
        Optional<Person> found = wanted.contains("@") ? people.findFirstByEmail(wanted) : people.findByUsername(wanted);
        if (found.isEmpty() || hasLeft(found.get()) || !found.get().isActive() || found.get().getEmail() == null) {
            log.info("Password reset asked for an account that cannot have one");
            return;
        }
        Person person = people.lockById(found.get().getId()).orElseThrow();
        if (tokens.countByPersonIdAndPurposeAndCreatedAtAfter(person.getId(), RESET, windowStart)
                >= resetsPerAccount) {
            log.info("Password reset for {} not sent: {} already e-mailed in the last hour", person.getUsername(),
                    resetsPerAccount);
            return;
        }
        String link = newLink(person, RESET, resetValid);
        mailer.sendAfterCommit(new Email(person.getEmail(), "Reset your Golden Thread password", "Dear "
                + person.getFullName() + ",\n\nSomeone asked to reset the password of your Golden Thread sign-in ("
                + person.getUsername() + "). Choose a new password here. The link works once, for "
                + minutes(resetValid) + ":\n\n" + link + "\n\nIf it was not you, ignore this e-mail: your password "
                + "stays as it is.\n"));
        audit.recordAs(person.getUsername(), PeopleAdminService.AUDIT_SUBJECT, person.getId(), "Password", null,
                "Reset link e-mailed (asked for on the sign-in page)", null);
    }

    /** Whose link this is (their full name), while it can still be used. */
    @Transactional(readOnly = true)
    public Optional<String> linkHolder(@Nullable String token) {
        return usable(token).flatMap(t -> people.findById(t.getPersonId())).map(Person::getFullName);
    }

    /** Sets the password from a one-time link; the link then no longer works, nor any other of the person's. */
    public void setPassword(@Nullable String token, String password, String repeat) {
        PasswordToken link = usable(token).orElseThrow(() -> new DomainException("This link has already been used "
                + "or has expired. Ask for a new one: on the sign-in page, or from the Performance Team."));
        Person person = people.findById(link.getPersonId()).orElseThrow();
        check(person, password, repeat, "New password", "Repeat the new password");
        person.setPasswordHash(encoder.encode(password));
        LocalDateTime now = LocalDateTime.now(clock);
        tokens.findByPersonIdAndUsedAtIsNull(person.getId()).forEach(t -> t.markUsed(now));
        audit.recordAs(person.getUsername(), PeopleAdminService.AUDIT_SUBJECT, person.getId(), "Password", null,
                INVITATION.equals(link.getPurpose()) ? "Password set from a sign-in link"
                        : "Password set from a reset link", null);
        sessions.endSessionsOf(person.getUsername(), "password set");
    }

    /** The signed-in person changes their own password, giving the current one. */
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String current, String password, String repeat) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        Person person = people.findByUsername(username).orElseThrow(() -> new DomainException("Sign in again."));
        if (person.getPasswordHash() == null || !encoder.matches(current, person.getPasswordHash())) {
            throw InvalidInputException.of("Current password", "This is not your current password.");
        }
        check(person, password, repeat, "New password", "Repeat the new password");
        person.setPasswordHash(encoder.encode(password));
        audit.record(PeopleAdminService.AUDIT_SUBJECT, person.getId(), "Password", null, "Password changed", null);
    }

    private void check(Person person, String password, String repeat, String field, String repeatField) {
        Map<String, String> errors = new LinkedHashMap<>();
        policy.problem(person.getUsername(), password).ifPresent(p -> errors.put(field, p));
        if (errors.isEmpty() && !password.equals(repeat)) {
            errors.put(repeatField, "The two passwords are not the same.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Optional<PasswordToken> usable(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return tokens.findByTokenSha256(Sha256.hex(token)).filter(t -> t.usableAt(now))
                .filter(t -> people.findById(t.getPersonId()).filter(p -> !hasLeft(p) && p.isActive()).isPresent());
    }

    private String newLink(Person person, String purpose, Duration valid) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime now = LocalDateTime.now(clock);
        tokens.save(new PasswordToken(person.getId(), Sha256.hex(token), purpose, now, now.plus(valid)));
        return baseUrl + "/password/set?token=" + token;
    }

    private boolean hasLeft(Person person) {
        return person.getLeftOn() != null && !person.getLeftOn().isAfter(LocalDate.now(clock));
    }

    private static String days(Duration duration) {
        long days = duration.toDays();
        return days == 1 ? "1 day" : days + " days";
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? (minutes == 60 ? "1 hour" : minutes / 60 + " hours") : minutes + " minutes";
    }
}
