package uk.co.goldenthread;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.co.goldenthread.people.PeopleAdminService;
import uk.co.goldenthread.people.PersonForm;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;
import uk.co.goldenthread.people.domain.PersonRepository;

/**
 * New AD Delivery people for the tests that sign in over HTTP or follow e-mailed links, added by the Performance
 * Team as an officer would add them. Usernames differ across every test sharing one database. The caller is signed
 * out afterwards.
 */
public final class NewPeople {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private NewPeople() {
    }

    /** A new AD Delivery with no password yet: they set one from the link the Performance Team sends. */
    public static PersonSummary adDelivery(ApplicationContext context, String usernamePrefix, String fullName) {
        SignIn.as(context, "priya.shah");
        try {
            String username = usernamePrefix + PEOPLE.incrementAndGet() + "." + System.nanoTime() % 100_000;
            return context.getBean(PeopleAdminService.class).addPerson(new PersonForm(username, fullName,
                    "Head of Testing", username + "@demoshire.example", Set.of(Role.AD_DELIVERY)));
        } finally {
            SignIn.out();
        }
    }

    /** A new AD Delivery who can sign in at once with this password (stored as the password encoder stores it). */
    public static PersonSummary withPassword(ApplicationContext context, String usernamePrefix, String fullName,
            String password) {
        PersonSummary person = adDelivery(context, usernamePrefix, fullName);
        String hash = context.getBean(PasswordEncoder.class).encode(password);
        context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> context.getBean(PersonRepository.class)
                .findById(person.id()).orElseThrow().setPasswordHash(hash));
        return person;
    }
}
