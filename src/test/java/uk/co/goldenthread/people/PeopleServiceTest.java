package uk.co.goldenthread.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;

/** Only the Performance Team adds people who can sign in, audited: the service refuses everybody else. */
class PeopleServiceTest extends PerformanceTeamTest {

    @Autowired
    PeopleService people;
    @Autowired
    AuditLog audit;

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
    void addingAPersonIsAuditedWithWhoAddedThemAndNeverThePassword() {
        PersonSummary kim = people.addPerson("kim.audited", "Kim Audited", "Head of Parks", "kim@demoshire.example",
                Set.of(Role.AD_DELIVERY), "a long pass phrase");

        List<AuditRecord> trail = audit.history(PeopleAdminService.AUDIT_SUBJECT, kim.id());
        assertThat(trail).extracting(AuditRecord::actor).containsOnly("priya.shah");
        assertThat(trail).extracting(AuditRecord::at).doesNotContainNull();
        assertThat(trail).extracting(AuditRecord::field, AuditRecord::oldValue, AuditRecord::newValue).contains(
                tuple("Person Username", null, "kim.audited"), tuple("Person Name", null, "Kim Audited"),
                tuple("Person Roles", null, "AD Delivery"), tuple("Password", null, "Password set"));
        assertThat(trail).filteredOn(r -> r.field().equals("Password")).singleElement()
                .extracting(AuditRecord::reason).isEqualTo("Added with a password the Performance Team gave");
        assertThat(trail).allSatisfy(r -> assertThat(r.newValue()).doesNotContain("pass phrase"));
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
