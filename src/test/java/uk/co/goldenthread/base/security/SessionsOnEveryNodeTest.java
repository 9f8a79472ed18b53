package uk.co.goldenthread.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.co.goldenthread.NewPeople;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.WebSession;
import uk.co.goldenthread.harness.SecondNode;
import uk.co.goldenthread.people.PeopleAdminService;
import uk.co.goldenthread.people.PersonForm;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

/**
 * Two application nodes on one MariaDB (this test's and a second one started beside it): a leaver, or a person whose
 * roles change on one node, is signed out of the sessions the other node holds too, at its next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class SessionsOnEveryNodeTest {

    private static SecondNode other;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleAdminService admin;

    private SecondNode otherNode() {
        if (other == null) {
            other = SecondNode.on(context);
        }
        SignIn.useStrategyOf(context);
        return other;
    }

    @AfterAll
    static void stopTheOtherNode() {
        if (other != null) {
            other.close();
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private PersonSummary newPerson(String password) {
        return NewPeople.withPassword(context, "two.nodes.", "Two Nodes", password);
    }

    @Test
    void aLeaverMarkedOnThisNodeIsSignedOutOfTheOtherNodeToo() throws Exception {
        int otherPort = otherNode().port();
        PersonSummary leaver = newPerson("correct horse battery");
        PersonSummary colleague = newPerson("another long password");
        var there = new WebSession(otherPort);
        var here = new WebSession(port);
        var colleagueThere = new WebSession(otherPort);
        there.signIn(leaver.username(), "correct horse battery");
        here.signIn(leaver.username(), "correct horse battery");
        colleagueThere.signIn(colleague.username(), "another long password");
        assertThat(there.signedIn() && here.signedIn() && colleagueThere.signedIn()).isTrue();

        SignIn.as(context, "priya.shah");
        admin.markAsLeaver(leaver.id(), LocalDate.now());

        assertThat(here.signedIn()).as("the leaver's session on the node where they were marked").isFalse();
        assertThat(there.signedIn()).as("the leaver's session on the other node").isFalse();
        assertThat(colleagueThere.signedIn()).as("someone else's session on the other node").isTrue();
    }

    @Test
    void aChangeOfRolesOnThisNodeEndsTheSessionOnTheOtherNodeAndTheNewSignInKeepsGoing() throws Exception {
        int otherPort = otherNode().port();
        PersonSummary person = newPerson("correct horse battery");
        var there = new WebSession(otherPort);
        there.signIn(person.username(), "correct horse battery");
        assertThat(there.signedIn()).isTrue();

        SignIn.as(context, "priya.shah");
        admin.updatePerson(person.id(), new PersonForm(person.username(), "Two Nodes", "Head of Testing",
                person.email(), Set.of(Role.AD_DELIVERY, Role.AD_COMMISSIONING)));
        assertThat(there.signedIn()).as("signed in on the other node with the old roles").isFalse();

        there.signIn(person.username(), "correct horse battery");
        assertThat(there.signedIn()).as("signed in again, with the new roles").isTrue();
        assertThat(there.signedIn()).as("and stays signed in").isTrue();
    }
}
