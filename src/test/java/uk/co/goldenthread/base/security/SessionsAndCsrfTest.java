package uk.co.goldenthread.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.NewPeople;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.WebSession;
import uk.co.goldenthread.people.PeopleAdminService;
import uk.co.goldenthread.people.PersonForm;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

/**
 * Sessions and forms over real HTTP (same settings as the browser and header tests, so they share one application
 * context): the login form needs its CSRF token; a session ends after the absolute timeout whatever the activity, and
 * at once when its person leaves or their roles change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class SessionsAndCsrfTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleAdminService admin;
    @Autowired
    SignedInSessions sessions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A new AD Delivery with a password, made by the Performance Team (usernames differ across the shared context). */
    private PersonSummary newPerson(String password) {
        return NewPeople.withPassword(context, "session.test", "Session Test", password);
    }

    @Test
    void theLoginPageCarriesACsrfTokenAndASignInWithoutItIsRefused() throws Exception {
        PersonSummary person = newPerson("correct horse battery");

        var forger = new WebSession(port);
        forger.get("/login");
        var forged = forger.post("/login", Map.of("username", person.username(), "password", "correct horse battery"));
        assertThat(forged.statusCode()).as("a login post without the page's token").isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(forger.signedIn()).as("signed in without a CSRF token").isFalse();

        var browser = new WebSession(port);
        assertThat(browser.get("/login").body()).contains("<meta name=\"_csrf\"", "<meta name=\"_csrf_parameter\"");
        var signIn = browser.signIn(person.username(), "correct horse battery");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void aFormPostOutsideVaadinWithoutTheTokenIsRefused() throws Exception {
        var visitor = new WebSession(port);
        visitor.get("/public");
        var forged = visitor.post("/public", Map.of("anything", "1"));
        assertThat(forged.statusCode()).isIn(302, 403);
        if (forged.statusCode() == 302) {
            assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActiveItIs() throws Exception {
        PersonSummary person = newPerson("correct horse battery");
        var browser = new WebSession(port);
        browser.signIn(person.username(), "correct horse battery");
        assertThat(browser.signedIn()).isTrue();

        sessions.signedInAtForTest(browser.sessionId(), Instant.now().minus(11, ChronoUnit.HOURS));
        assertThat(browser.signedIn()).as("eleven hours after sign-in").isTrue();
        sessions.signedInAtForTest(browser.sessionId(), Instant.now().minus(12, ChronoUnit.HOURS).minusSeconds(5));
        assertThat(browser.signedIn()).as("just over twelve hours after sign-in").isFalse();
        assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void aLeaversSessionsEndAtOnce() throws Exception {
        PersonSummary person = newPerson("correct horse battery");
        var office = new WebSession(port);
        var laptop = new WebSession(port);
        office.signIn(person.username(), "correct horse battery");
        laptop.signIn(person.username(), "correct horse battery");
        var colleague = new WebSession(port);
        PersonSummary other = newPerson("another long password");
        colleague.signIn(other.username(), "another long password");
        assertThat(office.signedIn() && laptop.signedIn() && colleague.signedIn()).isTrue();

        SignIn.as(context, "priya.shah");
        admin.markAsLeaver(person.id(), LocalDate.now());

        assertThat(office.signedIn()).as("the leaver's first session").isFalse();
        assertThat(laptop.signedIn()).as("the leaver's second session").isFalse();
        assertThat(colleague.signedIn()).as("someone else's session").isTrue();
    }

    @Test
    void aSessionEndsWhenThePersonsRolesChangeSoTheySignInAgainWithTheNewOnes() throws Exception {
        PersonSummary person = newPerson("correct horse battery");
        var browser = new WebSession(port);
        browser.signIn(person.username(), "correct horse battery");
        assertThat(browser.signedIn()).isTrue();

        SignIn.as(context, "priya.shah");
        admin.updatePerson(person.id(), new PersonForm(person.username(), "Session Test", "Head of Testing",
                person.email(), Set.of(Role.AD_DELIVERY, Role.AD_COMMISSIONING)));
        assertThat(browser.signedIn()).as("after a change of roles").isFalse();

        browser.signIn(person.username(), "correct horse battery");
        assertThat(browser.signedIn()).as("signed in again").isTrue();
        admin.updatePerson(person.id(), new PersonForm(person.username(), "Session Test", "Head of Testing, renamed",
                person.email(), Set.of(Role.AD_DELIVERY, Role.AD_COMMISSIONING)));
        assertThat(browser.signedIn()).as("a change that leaves the roles alone keeps the session").isTrue();
    }
}
