package uk.co.goldenthread.quarters;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;

/**
 * The signed-in person, looked up once per transaction: a step of a return asks who is acting at every check (its
 * task, its status, the page it returns), and each asking was a query. Kept by username, so a test that signs in
 * someone else within one transaction gets that person.
 */
@Component
class SignedInPerson {

    private final PeopleService people;

    SignedInPerson(PeopleService people) {
        this.people = people;
    }

    PersonSummary get() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return people.currentPerson();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return people.currentPerson();
        }
        return seen().computeIfAbsent(auth.getName(), name -> people.currentPerson());
    }

    @SuppressWarnings("unchecked")
    private Map<String, PersonSummary> seen() {
        var seen = (Map<String, PersonSummary>) TransactionSynchronizationManager.getResource(this);
        if (seen == null) {
            Map<String, PersonSummary> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SignedInPerson.this);
                }
            });
            return fresh;
        }
        return seen;
    }
}
