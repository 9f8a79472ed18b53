package uk.co.goldenthread.people.domain;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.people.Role;

/** Signs people in from the person table: only active people with a password. */
@Service
@Transactional(readOnly = true)
class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    PersonUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Person person = people.findByUsername(username)
                .filter(p -> p.isActive() && p.getLeftOn() == null && p.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(person.getUsername())
                .password(person.getPasswordHash())
                .authorities(person.getRoles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList())
                .build();
    }
}
