package uk.co.goldenthread.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.base.InvalidInputException;

/** People's roles, leavers and deputies: leavers are end-dated, never deleted; every change is audited. */
class PeopleAdminServiceTest extends PerformanceTeamTest {

    @Autowired
    PeopleAdminService admin;
    @Autowired
    PeopleService people;
    @Autowired
    AuditLog audit;

    @Test
    void aPersonIsAddedAndTheirRolesChangedWithOldAndNewValuesAudited() {
        PersonSummary sam = admin.addPerson(new PersonForm("sam.jones", "Sam Jones", "Head of Libraries",
                "sam.jones@demoshire.example", Set.of(Role.AD_DELIVERY)));
        admin.updatePerson(sam.id(), new PersonForm("sam.jones", "Sam Jones", "Assistant Director, Libraries",
                "sam.jones@demoshire.example", Set.of(Role.AD_DELIVERY, Role.AD_COMMISSIONING)));

        assertThat(admin.search("jones")).singleElement().satisfies(p -> assertThat(p.roles())
                .containsExactlyInAnyOrder(Role.AD_DELIVERY, Role.AD_COMMISSIONING));
        assertThat(people.withRole(Role.AD_COMMISSIONING)).extracting(PersonSummary::fullName).contains("Sam Jones");
        assertThat(audit.history(PeopleAdminService.AUDIT_SUBJECT, sam.id())).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Person Roles");
            assertThat(r.oldValue()).isEqualTo("AD Delivery");
            assertThat(r.newValue()).isEqualTo("AD Commissioning, AD Delivery");
        });
    }

    @Test
    void aPersonNeedsAFreeUsernameAndAName() {
        assertThatThrownBy(() -> admin.addPerson(new PersonForm("james.lewis", " ", "", "not an address", Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("Username", "Name", "Email");
                    assertThat(e.fieldErrors().get("Username")).isEqualTo("james.lewis is already the username of James Lewis.");
                });
    }

    @Test
    void aLeaverIsEndDatedNotDeletedAndCannotSignInFromTheDayTheyLeave() {
        long james = people.findByUsername("james.lewis").orElseThrow().id();
        int before = audit.history(PeopleAdminService.AUDIT_SUBJECT, james).size(); // the demo's adding him
        admin.markAsLeaver(james, LocalDate.now().plusDays(30));
        assertThat(context.getBean(UserDetailsService.class).loadUserByUsername("james.lewis")).isNotNull();

        admin.markAsLeaver(james, LocalDate.now());

        assertThat(people.findById(james)).hasValueSatisfying(p -> assertThat(p.leftOn()).isEqualTo(LocalDate.now()));
        assertThatThrownBy(() -> context.getBean(UserDetailsService.class).loadUserByUsername("james.lewis"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(people.withRole(Role.AD_DELIVERY)).extracting(PersonSummary::username).doesNotContain("james.lewis");
        List<AuditRecord> trail = audit.history(PeopleAdminService.AUDIT_SUBJECT, james);
        assertThat(trail.subList(before, trail.size())).extracting(r -> r.field()).containsOnly("Person Left on");
        assertThatThrownBy(() -> admin.markAsLeaver(james, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDeputyActsForAnAdForADateRange() {
        long clare = people.findByUsername("clare.foster").orElseThrow().id();
        long daniel = people.findByUsername("daniel.okafor").orElseThrow().id();
        admin.delegate(clare, daniel, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4));

        assertThat(admin.delegationsOf(clare)).singleElement().satisfies(d -> {
            assertThat(d.deputyName()).isEqualTo("Daniel Okafor");
            assertThat(d.endsOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        });
        assertThat(audit.history(PeopleAdminService.AUDIT_SUBJECT, clare)).anySatisfy(r -> assertThat(r.newValue())
                .isEqualTo("Daniel Okafor from 21 Dec 2026 to 4 Jan 2027"));
    }

    @Test
    void aDeputyIsSomeoneElseAndTheRangeEndsOnOrAfterItStarts() {
        long clare = people.findByUsername("clare.foster").orElseThrow().id();
        assertThatThrownBy(() -> admin.delegate(clare, clare, LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 21)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors().get("Deputy")).contains("cannot be their own deputy");
                    assertThat(e.fieldErrors().get("To")).contains("on or after the first day");
                });
        long grace = people.findByUsername("grace.idowu").orElseThrow().id();
        assertThatThrownBy(() -> admin.delegate(grace, clare, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("Deputy")).contains("has no tasks to delegate"));
    }

    @Test
    void onlyThePerformanceTeamAdministersPeople() {
        SignIn.as(context, "helen.marsh");
        assertThatThrownBy(() -> admin.search("")).isInstanceOf(AccessDeniedException.class);
    }
}
