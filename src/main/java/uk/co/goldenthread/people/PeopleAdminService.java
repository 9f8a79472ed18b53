package uk.co.goldenthread.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.security.SignedInSessions;
import uk.co.goldenthread.people.domain.Delegation;
import uk.co.goldenthread.people.domain.DelegationRepository;
import uk.co.goldenthread.people.domain.Person;
import uk.co.goldenthread.people.domain.PersonRepository;

/**
 * The Performance Team's administration of people: their roles, leavers (end-dated, never deleted, so history keeps
 * their names) and deputies acting for an AD for a date range.
 */
@Service
@Transactional
@PreAuthorize("hasRole('PERFORMANCE_TEAM')")
public class PeopleAdminService {

    public static final String AUDIT_SUBJECT = "Person";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final Set<Role> ROLES_WITH_TASKS = Set.of(Role.AD_DELIVERY, Role.AD_COMMISSIONING,
            Role.STRATEGIC_DIRECTOR);

    private final PersonRepository people;
    private final DelegationRepository delegations;
    private final AuditLog audit;
    private final Clock clock;
    private final SignedInSessions sessions;

    PeopleAdminService(PersonRepository people, DelegationRepository delegations, AuditLog audit, Clock clock,
            SignedInSessions sessions) {
        this.people = people;
        this.delegations = delegations;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Everyone, leavers included, whose name or username contains the text; by name. */
    @Transactional(readOnly = true)
    public List<PersonSummary> search(@Nullable String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.UK);
        return people.findAll(Sort.by("fullName")).stream().map(Person::toSummary)
                .filter(p -> p.fullName().toLowerCase(Locale.UK).contains(wanted) || p.username().contains(wanted))
                .toList();
    }

    /** Adds a person; they sign in once an account is set up for them. */
    public PersonSummary addPerson(PersonForm form) {
        check(form, null);
        Person person = people.save(new Person(form.username(), form.fullName(), form.jobTitle(), form.email(),
                form.roles()));
        audit.recordChanges(AUDIT_SUBJECT, person.getId(), "Person", Map.of(), form.describe());
        return person.toSummary();
    }

    public PersonSummary updatePerson(long personId, PersonForm form) {
        Person person = find(personId);
        check(form, personId);
        Map<String, @Nullable String> before = PersonForm.of(person.toSummary()).describe();
        if (!person.getRoles().equals(form.roles()) || !person.getUsername().equals(form.username())) {
            // signed in with the old roles or name: they sign in again with the new ones
            sessions.endSessionsOf(person.getUsername(), "roles or username changed");
        }
        person.setUsername(form.username());
        person.setFullName(form.fullName());
        person.setJobTitle(form.jobTitle());
        person.setEmail(form.email());
        person.setRoles(form.roles());
        audit.recordChanges(AUDIT_SUBJECT, personId, "Person", before, form.describe());
        return person.toSummary();
    }

    /** Marks a leaver: from that day they cannot sign in; they are never deleted, so history keeps their name. */
    public PersonSummary markAsLeaver(long personId, @Nullable LocalDate leftOn) {
        if (leftOn == null) {
            throw InvalidInputException.of("Left on", "Give the day they leave (or left).");
        }
        Person person = find(personId);
        audit.record(AUDIT_SUBJECT, personId, "Person Left on", UkDates.format(person.getLeftOn()),
                UkDates.format(leftOn), null);
        person.setLeftOn(leftOn);
        if (!leftOn.isAfter(LocalDate.now(clock))) {
            sessions.endSessionsOf(person.getUsername(), "left on " + UkDates.format(leftOn));
        }
        return person.toSummary();
    }

    /** The deputies who act, or acted, for the person, latest first. */
    @Transactional(readOnly = true)
    public List<DelegationSummary> delegationsOf(long personId) {
        String name = find(personId).getFullName();
        return delegations.findByPersonIdOrderByStartsOnDesc(personId).stream().map(d -> new DelegationSummary(d.getId(),
                name, find(d.getDeputyId()).getFullName(), d.getStartsOn(), d.getEndsOn())).toList();
    }

    /** Lets a deputy act for an AD or Strategic Director in their tasks, from one date to another. */
    public DelegationSummary delegate(long personId, @Nullable Long deputyId, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        Person person = find(personId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (person.getRoles().stream().noneMatch(ROLES_WITH_TASKS::contains)) {
            errors.put("Deputy", person.getFullName() + " has no tasks to delegate: only AD Delivery, AD Commissioning "
                    + "and Strategic Directors have.");
        }
        Person deputy = deputyId == null ? null : people.findById(deputyId).orElse(null);
        if (deputy == null) {
            errors.put("Deputy", "Choose who acts for " + person.getFullName() + ".");
        } else if (deputy.getId() == personId) {
            errors.put("Deputy", "A person cannot be their own deputy: choose someone else.");
        } else if (deputy.getLeftOn() != null) {
            errors.put("Deputy", deputy.getFullName() + " is marked as a leaver.");
        }
        if (from == null) {
            errors.put("From", "Give the first day the deputy acts.");
        }
        if (to == null) {
            errors.put("To", "Give the last day the deputy acts.");
        } else if (from != null && to.isBefore(from)) {
            errors.put("To", "The last day must be on or after the first day.");
        }
        if (!errors.isEmpty() || deputy == null || from == null || to == null) {
            throw new InvalidInputException(errors); // each null is among the errors
        }
        Delegation delegation = delegations.save(new Delegation(personId, deputy.getId(), from, to,
                username(), LocalDateTime.now(clock)));
        audit.record(AUDIT_SUBJECT, personId, "Person Deputy", null, deputy.getFullName() + " from "
                + UkDates.format(from) + " to " + UkDates.format(to), null);
        return new DelegationSummary(delegation.getId(), person.getFullName(), deputy.getFullName(), from, to);
    }

    private void check(PersonForm form, @Nullable Long personId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!USERNAME.matcher(form.username()).matches()) {
            errors.put("Username", "Use 2 to 100 lower-case letters, digits, dots, dashes or underscores, e.g. sam.jones.");
        }
        people.findByUsername(form.username()).filter(p -> !Long.valueOf(p.getId()).equals(personId))
                .ifPresent(p -> errors.put("Username", form.username() + " is already the username of " + p.getFullName() + "."));
        if (form.fullName().isEmpty()) {
            errors.put("Name", "Give the person's full name.");
        }
        if (form.email() != null && !form.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("Email", "Give an email address such as sam.jones@council.example, or leave it blank.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Person find(long personId) {
        return people.findById(personId).orElseThrow(() -> new DomainException("There is no person with id " + personId + "."));
    }

    private String username() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
