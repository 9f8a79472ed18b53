package uk.co.goldenthread.people;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.NotAllowedException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.people.domain.Delegation;
import uk.co.goldenthread.people.domain.DelegationRepository;
import uk.co.goldenthread.people.domain.Person;
import uk.co.goldenthread.people.domain.PersonRepository;

/** People and who is signed in. */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    static final String AUDIT_SUBJECT = "Person";
    private static final Set<Role> STEP_ROLES = EnumSet.of(Role.AD_DELIVERY, Role.AD_COMMISSIONING,
            Role.STRATEGIC_DIRECTOR);

    private final PersonRepository people;
    private final DelegationRepository delegations;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final EntityManager entities;

    PeopleService(PersonRepository people, DelegationRepository delegations, PasswordEncoder passwordEncoder,
            AuditLog audit, Clock clock, EntityManager entities) {
        this.people = people;
        this.delegations = delegations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.entities = entities;
    }

    /** The signed-in person; refuses when nobody is signed in. */
    public PersonSummary currentPerson() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new NotAllowedException("Please sign in first.");
        }
        return people.findByUsername(auth.getName())
                .map(Person::toSummary)
                .orElseThrow(() -> new NotAllowedException("You are signed in as " + auth.getName()
                        + ", who is not a person known to Golden Thread."));
    }

    public Optional<PersonSummary> findByUsername(String username) {
        return people.findByUsername(username).map(Person::toSummary);
    }

    public Optional<PersonSummary> findById(long id) {
        return people.findById(id).map(Person::toSummary);
    }

    /**
     * The people with these ids (a null is nobody), by id: those not read yet in this transaction in one query, not
     * one each (a return's page names its three people).
     */
    public Map<Long, PersonSummary> findAllById(Collection<@Nullable Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, PersonSummary> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            for (Person p : entities.unwrap(Session.class).findMultiple(Person.class, wanted,
                    SessionCheckMode.ENABLED)) {
                if (p != null) {
                    found.put(p.getId(), p.toSummary());
                }
            }
        }
        return found;
    }

    /** People who hold the role and have not been marked as leavers, by name: whom a role can be given to. */
    public List<PersonSummary> withRole(Role role) {
        return people.findAll(Sort.by("fullName")).stream()
                .filter(p -> p.getLeftOn() == null && p.getRoles().contains(role))
                .map(Person::toSummary).toList();
    }

    public long count() {
        return people.count();
    }

    /**
     * Adds a person who can sign in with the given password (kept only as a hash); only the Performance Team may.
     * Audited as the People screen's additions are, and that a password was set, never the password.
     */
    @Transactional
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PersonSummary addPerson(String username, String fullName, String jobTitle, String email, Set<Role> roles,
            String password) {
        var person = new Person(username, fullName, jobTitle, email, roles);
        person.setPasswordHash(passwordEncoder.encode(password));
        people.save(person);
        audit.recordChanges(PeopleAdminService.AUDIT_SUBJECT, person.getId(), "Person", Map.of(),
                new PersonForm(username, fullName, jobTitle, email, roles).describe());
        audit.record(PeopleAdminService.AUDIT_SUBJECT, person.getId(), "Password", null, "Password set",
                "Added with a password the Performance Team gave");
        return person.toSummary();
    }

    /**
     * Lets a deputy act on a person's tasks, in the deputy's own name "on behalf of" them, from one day to another
     * inclusive. The deputy needs the person's roles on a return's route, or they could not do the steps.
     */
    @Transactional
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public void delegate(String personUsername, String deputyUsername, @Nullable LocalDate from, @Nullable LocalDate to) {
        Person person = named(personUsername);
        Person deputy = named(deputyUsername);
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("Dates", "Give a first and a last day, the last on or after the first.");
        }
        if (person.getId() == deputy.getId()) {
            throw InvalidInputException.of("Deputy", "Choose someone else as the deputy.");
        }
        if (deputy.getLeftOn() != null) {
            throw InvalidInputException.of("Deputy", deputy.getFullName() + " has left, so cannot be a deputy.");
        }
        Set<Role> needed = EnumSet.noneOf(Role.class);
        needed.addAll(person.getRoles());
        needed.retainAll(STEP_ROLES);
        needed.removeAll(deputy.getRoles());
        if (!needed.isEmpty()) {
            throw InvalidInputException.of("Deputy", deputy.getFullName() + " cannot deputise for "
                    + person.getFullName() + " without the role " + needed.stream().map(Role::label).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse("") + ".");
        }
        delegations.save(new Delegation(person.getId(), deputy.getId(), from, to, currentPerson().username(),
                LocalDateTime.now(clock)));
        audit.record(AUDIT_SUBJECT, person.getId(), "delegation", null, deputy.getFullName() + " ("
                + deputy.getUsername() + ") from " + UkDates.format(from) + " to " + UkDates.format(to), null);
    }

    /** The people a deputy acts for on the given day. */
    public List<PersonSummary> actingFor(long deputyId, LocalDate day) {
        return delegations.findByDeputyIdOrderByStartsOnDesc(deputyId).stream().filter(d -> d.covers(day))
                .map(Delegation::getPersonId).distinct().flatMap(id -> people.findById(id).stream())
                .map(Person::toSummary).toList();
    }

    /** The deputies acting for a person on the given day. */
    public List<PersonSummary> deputiesActingFor(long personId, LocalDate day) {
        return delegations.findByPersonIdOrderByStartsOnDesc(personId).stream().filter(d -> d.covers(day))
                .map(Delegation::getDeputyId).distinct().flatMap(id -> people.findById(id).stream())
                .map(Person::toSummary).toList();
    }

    public boolean isDeputyFor(long deputyId, long personId, LocalDate day) {
        return delegations.findByDeputyIdOrderByStartsOnDesc(deputyId).stream()
                .anyMatch(d -> d.getPersonId() == personId && d.covers(day));
    }

    /** People who had left before the given day: their open tasks go to someone else. */
    public List<PersonSummary> leftBefore(LocalDate day) {
        return people.findAll().stream().filter(p -> p.getLeftOn() != null && p.getLeftOn().isBefore(day))
                .map(Person::toSummary).toList();
    }

    private Person named(String username) {
        return people.findByUsername(username)
                .orElseThrow(() -> InvalidInputException.of("Person", "Nobody has the username " + username + "."));
    }

    /** Everyone known to Golden Thread, leavers included. */
    public List<PersonSummary> everyone() {
        return people.findAllWithRoles().stream().map(Person::toSummary).toList();
    }

    /**
     * Adds a person named in a framework import, without a password (they cannot sign in until given one), or
     * updates an existing person's details and roles, keeping their password.
     */
    @Transactional
    @PreAuthorize("hasRole('PERFORMANCE_TEAM')")
    public PersonSummary upsertPerson(String username, String fullName, String jobTitle, @Nullable String email,
            Set<Role> roles, @Nullable LocalDate leftOn) {
        Person person = people.findByUsername(username)
                .orElseGet(() -> new Person(username, fullName, jobTitle, email, roles));
        person.setFullName(fullName);
        person.setJobTitle(jobTitle);
        person.setEmail(email);
        person.setRoles(roles);
        person.setLeftOn(leftOn);
        return people.save(person).toSummary();
    }
}
