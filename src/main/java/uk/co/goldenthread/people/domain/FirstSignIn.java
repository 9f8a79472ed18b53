package uk.co.goldenthread.people.domain;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.people.Role;

/**
 * The first sign-in of a new installation: a Performance Team account from the settings goldenthread.admin.username
 * and goldenthread.admin.password (e.g. environment variables), made once. Without it nobody could sign in, since
 * people loaded from a framework have no password. An existing person is never changed.
 */
@Component
@Transactional
class FirstSignIn implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstSignIn.class);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Environment env;

    FirstSignIn(PersonRepository people, PasswordEncoder passwordEncoder, Environment env) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = env.getProperty("goldenthread.admin.username", "").strip();
        String password = env.getProperty("goldenthread.admin.password", "");
        if (username.isEmpty() || password.isEmpty() || people.findByUsername(username).isPresent()) {
            return;
        }
        var admin = new Person(username, env.getProperty("goldenthread.admin.full-name", "Performance Team administrator"),
                "Performance Team", null, Set.of(Role.PERFORMANCE_TEAM));
        admin.setPasswordHash(passwordEncoder.encode(password));
        people.save(admin);
        log.info("Created the first Performance Team sign-in, {}", username);
    }
}
