package uk.co.goldenthread.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.NotAllowedException;
import uk.co.goldenthread.people.domain.Person;
import uk.co.goldenthread.people.domain.PersonRepository;

/** People and who is signed in. */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    PeopleService(PersonRepository people, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
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

    /** People who hold the role and have not been marked as leavers, by name: whom a role can be given to. */
    public List<PersonSummary> withRole(Role role) {
        return people.findAll(Sort.by("fullName")).stream()
                .filter(p -> p.getLeftOn() == null && p.getRoles().contains(role))
                .map(Person::toSummary).toList();
    }

    public long count() {
        return people.count();
    }

    /** Adds a person who can sign in with the given password (kept only as a hash). */
    @Transactional
    public PersonSummary addPerson(String username, String fullName, String jobTitle, String email, Set<Role> roles,
            String password) {
        var person = new Person(username, fullName, jobTitle, email, roles);
        person.setPasswordHash(passwordEncoder.encode(password));
        return people.save(person).toSummary();
    }
}
