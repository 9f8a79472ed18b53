package uk.co.goldenthread.people.domain;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.people.Role;

/** Signs people in from the person table: only active people with a password who have not yet left. */
@Service
@Transactional(readOnly = true)
class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;
    private final Clock clock;

    PersonUserDetailsService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Person person = people.findByUsername(username)
                .filter(p -> p.isActive() && p.getPasswordHash() != null
                        && (p.getLeftOn() == null || p.getLeftOn().isAfter(LocalDate.now(clock))))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(person.getUsername())
                .password(person.getPasswordHash())
                .authorities(person.getRoles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList())
                .build();
    }
}
