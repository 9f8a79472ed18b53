package uk.co.goldenthread.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;

/** Only the Performance Team adds people who can sign in: the service refuses everybody else. */
class PeopleServiceTest extends PerformanceTeamTest {

    @Autowired
    PeopleService people;

    @Test
    void thePerformanceTeamAddsAPersonWhoCanSignIn() {
        PersonSummary sam = people.addPerson("sam.jones", "Sam Jones", "Head of Libraries", "sam@demoshire.example",
                Set.of(Role.AD_DELIVERY), "a long pass phrase");

        assertThat(people.findByUsername("sam.jones")).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(sam.id());
            assertThat(p.roles()).containsExactly(Role.AD_DELIVERY);
        });
    }

    @Test
    void anAssistantDirectorCannotAddAPerson() {
        SignIn.as(context, "james.lewis");

        assertThatThrownBy(() -> people.addPerson("sam.jones", "Sam Jones", "Head of Libraries",
                "sam@demoshire.example", Set.of(Role.PERFORMANCE_TEAM), "a long pass phrase"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.findByUsername("sam.jones")).isEmpty();
    }

    @Test
    void nobodySignedInCannotAddAPerson() {
        SignIn.out();

        assertThatThrownBy(() -> people.addPerson("sam.jones", "Sam Jones", "Head of Libraries",
                "sam@demoshire.example", Set.of(Role.PERFORMANCE_TEAM), "a long pass phrase"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        SignIn.as(context, "priya.shah");
        assertThat(people.findByUsername("sam.jones")).isEmpty();
    }
}
