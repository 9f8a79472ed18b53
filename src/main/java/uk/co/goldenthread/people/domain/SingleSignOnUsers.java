package uk.co.goldenthread.people.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.security.SignInAttempt;
import uk.co.goldenthread.people.Role;

/**
 * Single sign-on (OpenID Connect): the council's identity provider says who signed in; the Golden Thread person with
 * that e-mail address is who they are here, with that person's roles. Nobody else gets in: no e-mail, an address no
 * one has (or more than one has), an address the provider has not verified, a leaver or an inactive person is
 * refused (fail closed), and each refusal is audited.
 */
@Service
// the sign-in is audited in this transaction, and a refusal's audit is kept however the refusal is thrown
@Transactional(noRollbackFor = OAuth2AuthenticationException.class)
class SingleSignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnUsers.class);

    private final OidcUserService identityProvider = new OidcUserService();
    private final PersonRepository people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Not final: a test turns it on and off in the shared context. */
    private boolean acceptUnstatedVerification;

    SingleSignOnUsers(PersonRepository people, ApplicationEventPublisher events, Clock clock,
            @Value("${goldenthread.single-sign-on.accept-unstated-email-verification:false}")
            boolean acceptUnstatedVerification) {
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.acceptUnstatedVerification = acceptUnstatedVerification;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = identityProvider.loadUser(request);
        refuseUnverifiedAddress(identity);
        String email = identity.getEmail() == null ? "" : identity.getEmail().strip().toLowerCase(Locale.ROOT);
        var matches = email.isEmpty() ? java.util.List.<Person>of() : people.findByEmailIgnoreCase(email);
        if (matches.size() != 1) {
            log.info("Single sign-on refused: {} Golden Thread people have the identity's e-mail address",
                    matches.size());
            refusedIdentity(identity, "Single sign-on refused: " + matches.size()
                    + " Golden Thread people have the council account's e-mail address");
            throw refused("No Golden Thread sign-in has the e-mail address your council account gave.");
        }
        Person person = matches.getFirst();
        if (!person.isActive() || (person.getLeftOn() != null && !person.getLeftOn().isAfter(LocalDate.now(clock)))) {
            log.info("Single sign-on refused for {}: not an active person", person.getUsername());
            events.publishEvent(new SignInAttempt(person.getUsername(), SignInAttempt.Outcome.FAILED,
                    "Single sign-on refused: not active"));
            throw refused("Your Golden Thread sign-in is not active. Ask the Performance Team.");
        }
        log.info("Signed in with single sign-on: {}", person.getUsername());
        events.publishEvent(new SignInAttempt(person.getUsername(), SignInAttempt.Outcome.SIGNED_IN,
                "Signed in with single sign-on"));
        Collection<GrantedAuthority> roles = person.getRoles().stream().map(Role::authority)
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a)).toList();
        return new Signed(roles, identity, person.getUsername());
    }

    /**
     * An address the provider has not verified could be anyone's: refused when the provider says so
     * ({@code email_verified=false}), and when it does not say, unless the installation has chosen to trust such a
     * provider ({@code goldenthread.single-sign-on.accept-unstated-email-verification}).
     */
    private void refuseUnverifiedAddress(OidcUser identity) {
        Boolean verified = identity.getEmailVerified();
        if (Boolean.FALSE.equals(verified)) {
            log.info("Single sign-on refused: the provider has not verified the e-mail address of subject {}",
                    identity.getSubject());
            refusedIdentity(identity, "Single sign-on refused: the council account's e-mail address is not verified");
            throw refused("Your council account's e-mail address is not verified, so Golden Thread cannot tell who "
                    + "you are. Ask your IT service desk to verify it, or sign in with your Golden Thread password.");
        }
        if (verified == null && !acceptUnstatedVerification) {
            log.info("Single sign-on refused: the provider does not say whether it verified the e-mail address of "
                    + "subject {}", identity.getSubject());
            refusedIdentity(identity,
                    "Single sign-on refused: the council account does not say its e-mail address is verified");
            throw refused("Your council's sign-in service does not say that your e-mail address is verified, so "
                    + "Golden Thread cannot tell who you are. Ask the Performance Team.");
        }
    }

    /** Audited under nobody (person 0): the identity is named by the provider's subject, never by a person here. */
    private void refusedIdentity(OidcUser identity, String why) {
        String subject = "council account " + identity.getSubject();
        events.publishEvent(new SignInAttempt(subject.length() > 100 ? subject.substring(0, 100) : subject,
                SignInAttempt.Outcome.FAILED, why));
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
    }

    /** The identity, named by the Golden Thread username (services find the signed-in person by it). */
    private static final class Signed extends DefaultOidcUser {
        private final String username;

        Signed(Collection<GrantedAuthority> roles, OidcUser identity, String username) {
            super(roles, identity.getIdToken(), identity.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Signed s && s.username.equals(username) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return username.hashCode();
        }
    }
}
