package uk.co.goldenthread.people;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.security.SignInAttempt;
import uk.co.goldenthread.base.security.SignInThrottle;
import uk.co.goldenthread.people.domain.Person;
import uk.co.goldenthread.people.domain.PersonRepository;

/**
 * Every sign-in attempt in the audit trail, under "Sign-in" and the person's id (0 when the username names nobody),
 * with the username typed as the actor: who tried, when, and what happened; no address or password.
 */
@Component
@Transactional
class SignInAudit {

    private final PersonRepository people;
    private final AuditLog audit;

    SignInAudit(PersonRepository people, AuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    @EventListener
    public void on(SignInAttempt attempt) {
        long personId = people.findByUsername(attempt.username()).map(Person::getId).orElse(0L);
        audit.recordAs(attempt.username(), SignInThrottle.AUDIT_SUBJECT, personId, "Sign-in", null,
                attempt.description(), null);
    }
}
