package uk.co.goldenthread.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.NewPeople;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.WebSession;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.people.PersonSummary;

/**
 * Guessing passwords over real HTTP: 5 wrong passwords for one account within 15 minutes lock it for 15 minutes, the
 * right password included; 20 failures from one address lock that address; the login page says so and for how long;
 * every attempt is logged with the username only, and audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    AuditLog audit;

    @AfterEach
    void forgetTheAttempts() {
        throttle.clearForTest();
        SignIn.out();
    }

    private PersonSummary newPerson() {
        return NewPeople.withPassword(context, "throttle.test", "Throttle Test", PASSWORD);
    }

    private List<AuditRecord> signInAudit(long personId) {
        return audit.history(SignInThrottle.AUDIT_SUBJECT, personId);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneIsRefusedAndThePageSaysForHowLong(CapturedOutput output)
            throws Exception {
        PersonSummary person = newPerson();
        var attacker = new WebSession(port, "10.20.0.1");
        for (int attempt = 1; attempt <= 4; attempt++) {
            attacker.signIn(person.username(), "guess " + attempt);
        }
        var owner = new WebSession(port, "10.20.0.2");
        owner.signIn(person.username(), PASSWORD);
        assertThat(owner.signedIn()).as("after 4 failures the account still opens").isTrue();

        for (int attempt = 1; attempt <= 5; attempt++) {
            attacker.signIn(person.username(), "guess " + attempt);
        }
        var later = new WebSession(port, "10.20.0.3");
        var refused = later.signIn(person.username(), PASSWORD);
        assertThat(later.signedIn()).as("the right password after 5 failures").isFalse();
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertThat(later.get(location.substring(location.indexOf("/login"))).body())
                .contains("This account is locked for 15 minutes after 5 failed sign-ins");

        String log = output.getOut();
        assertThat(log).contains("Sign-in failed for " + person.username(), "Signed in: " + person.username(),
                "Sign-in locked for " + person.username() + " for 15 minutes after 5 failed attempts");
        assertThat(log).doesNotContain("10.20.0.1", "10.20.0.3", PASSWORD, "guess 3");
        assertThat(signInAudit(person.id())).extracting(AuditRecord::newValue)
                .contains("Failed", "Signed in", "Locked for 15 minutes after 5 failed sign-ins", "Refused: locked");
        assertThat(signInAudit(person.id())).allSatisfy(r -> assertThat(r.actor()).isEqualTo(person.username()));
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() throws Exception {
        PersonSummary person = newPerson();
        var browser = new WebSession(port, "10.21.0.1");
        for (int round = 0; round < 3; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                browser.signIn(person.username(), "typo " + attempt);
            }
            var signIn = new WebSession(port, "10.21.0.1");
            signIn.signIn(person.username(), PASSWORD);
            assertThat(signIn.signedIn()).as("round " + round).isTrue();
        }
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryAccountButNotOthers() throws Exception {
        PersonSummary person = newPerson();
        var sprayer = new WebSession(port, "10.22.0.1");
        for (int attempt = 1; attempt <= 20; attempt++) {
            sprayer.signIn("nobody" + attempt, "password" + attempt);
        }
        var fromTheSameAddress = new WebSession(port, "10.22.0.1");
        var refused = fromTheSameAddress.signIn(person.username(), PASSWORD);
        assertThat(fromTheSameAddress.signedIn()).as("a real account from the locked address").isFalse();
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertThat(fromTheSameAddress.get(location.substring(location.indexOf("/login"))).body())
                .contains("Sign-ins from your address are paused for 15 minutes");

        var elsewhere = new WebSession(port, "10.22.0.2");
        elsewhere.signIn(person.username(), PASSWORD);
        assertThat(elsewhere.signedIn()).as("the same account from another address").isTrue();
    }

    /** Another node on the same database, or this one after a restart: a throttle with nothing of its own to remember. */
    private SignInThrottle anotherNode() {
        return context.getAutowireCapableBeanFactory().createBean(SignInThrottle.class);
    }

    @Test
    void theCountsAreKeptInTheDatabaseSoARestartOrASecondNodeKeepsToThem() throws Exception {
        PersonSummary person = newPerson();
        var attacker = new WebSession(port, "10.23.0.1");
        for (int attempt = 1; attempt <= 5; attempt++) {
            attacker.signIn(person.username(), "guess " + attempt);
        }
        assertThat(anotherNode().refusal(person.username(), "10.23.0.9")).as("after a restart, or on another node")
                .hasValueSatisfying(locked -> assertThat(locked.getMessage())
                        .contains("This account is locked for 15 minutes after 5 failed sign-ins"));

        PersonSummary other = newPerson();
        var guesser = new WebSession(port, "10.23.0.2");
        for (int attempt = 1; attempt <= 3; attempt++) {
            guesser.signIn(other.username(), "guess " + attempt);
        }
        SignInThrottle second = anotherNode();
        assertThat(second.failed(other.username(), "10.23.0.3")).as("the 4th failure, on a second node").isEmpty();
        assertThat(second.failed(other.username(), "10.23.0.3")).as("the 5th, on a second node").isPresent();
        var owner = new WebSession(port, "10.23.0.4");
        owner.signIn(other.username(), PASSWORD);
        assertThat(owner.signedIn()).as("back on this node, 3 failures here and 2 there lock the account").isFalse();
    }

    @Test
    void failuresAtTheSameMomentAreEachCounted() throws Exception {
        PersonSummary person = newPerson();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var attempts = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int attempt = 1; attempt <= 4; attempt++) {
                String guess = "guess " + attempt;
                var from = new WebSession(port, "10.24.0." + attempt);
                attempts.add(threads.submit(() -> from.signIn(person.username(), guess)));
            }
            for (var attempt : attempts) {
                attempt.get();
            }
        }
        assertThat(throttle.refusal(person.username(), "10.24.0.9")).as("4 failures at once").isEmpty();
        new WebSession(port, "10.24.0.5").signIn(person.username(), "guess 5");
        var owner = new WebSession(port, "10.24.0.6");
        owner.signIn(person.username(), PASSWORD);
        assertThat(owner.signedIn()).as("the 5th failure locks, however the first 4 raced").isFalse();
    }
}
