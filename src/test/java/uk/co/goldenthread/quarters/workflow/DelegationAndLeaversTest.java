package uk.co.goldenthread.quarters.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditChange;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.NotAllowedException;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.ReturnAction;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnHistory;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnApprovalService;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnStatus;
import uk.co.goldenthread.quarters.workflow.LeaversTasks;

/** Deputies act on the tasks of the people they stand in for; a leaver's tasks go to their line manager. */
@SpringBootTest
@Transactional
class DelegationAndLeaversTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnService returns;
    @Autowired
    ReturnApprovalService approvals;
    @Autowired
    ReturnHistory history;
    @Autowired
    LeaversTasks leaversTasks;
    @Autowired
    PeopleService people;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    Clock clock;

    Journeys journeys;
    long finance;
    LocalDate today;

    @BeforeEach
    void openQuarter() {
        journeys = new Journeys(context);
        finance = journeys.returnOf(journeys.openQuarter(2023, 1).id(), "Strategic Finance").id();
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDeputySeesTheTasksOfThePersonTheyStandInForAndActsOnTheirBehalf() {
        SignIn.as(context, "priya.shah");
        people.delegate("james.lewis", "amy.evans", today.minusDays(1), today.plusDays(1));

        SignIn.as(context, "amy.evans");
        assertThat(returns.myTasks()).anySatisfy(t -> {
            assertThat(t.returnId()).isEqualTo(finance);
            assertThat(t.onBehalfOf()).isEqualTo("James Lewis");
        });
        assertThat(returns.myActions(finance)).contains(ReturnAction.SUBMIT);
        ReturnDetails ret = returns.get(finance);
        long fin01 = ret.lines().stream().filter(l -> l.measure().code().equals("FIN01")).findFirst().orElseThrow()
                .lineId();
        returns.save(ReturnEdit.ofLines(finance, ret.version(), List.of(new LineEntry(fin01, "88.5", "Entered by the deputy"))));

        List<AuditChange> trail = history.of(finance);
        assertThat(trail).anySatisfy(c -> {
            assertThat(c.person()).isEqualTo("Amy Evans on behalf of James Lewis");
            assertThat(c.change()).isEqualTo("FIN01 value: (none) → 88.5");
        });
        SignIn.as(context, "priya.shah");
        assertThat(context.getBean(uk.co.goldenthread.audit.AuditLog.class).history("Person",
                people.findByUsername("james.lewis").orElseThrow().id()))
                .anySatisfy(r -> assertThat(r.newValue()).startsWith("Amy Evans (amy.evans) from "));
    }

    @Test
    void aDelegationThatDoesNotCoverTodayGivesNothing() {
        SignIn.as(context, "priya.shah");
        people.delegate("james.lewis", "amy.evans", today.plusDays(1), today.plusDays(10));

        SignIn.as(context, "amy.evans");
        assertThat(returns.myTasks()).noneMatch(t -> t.returnId() == finance);
        assertThat(returns.myActions(finance)).isEmpty();
        assertThatThrownBy(() -> returns.save(ReturnEdit.ofLines(finance, 0, List.of())))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("belongs to James Lewis");
    }

    @Test
    void onlyThePerformanceTeamDelegatesAndOnlyToSomeoneWhoCanDoTheSteps() {
        SignIn.as(context, "james.lewis");
        assertThatThrownBy(() -> people.delegate("james.lewis", "amy.evans", today, today))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "priya.shah");
        assertThatThrownBy(() -> people.delegate("clare.foster", "amy.evans", today, today))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("without the role AD Commissioning");
        assertThatThrownBy(() -> people.delegate("clare.foster", "daniel.okafor", today, today.minusDays(1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLeaversTasksGoToTheirLineManagerAndTheMoveIsAudited() {
        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        leftYesterday("clare.foster");

        SignIn.as(context, "priya.shah");
        assertThat(leaversTasks.reassignLeaversTasks()).isEqualTo(1);
        assertThat(assignee()).isEqualTo("helen.marsh");
        assertThat(history.of(finance)).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("task reassignment");
            assertThat(c.oldValue()).isEqualTo("Review return: Clare Foster (clare.foster)");
            assertThat(c.newValue()).isEqualTo("Helen Marsh (helen.marsh)");
            assertThat(c.reason()).contains("Clare Foster left on");
        });

        journeys.approve(finance);
        SignIn.as(context, "priya.shah");
        assertThat(assignee()).isNull();
        assertThat(returns.routingNote(finance))
                .contains("Helen Marsh approved this return, so it goes to the Performance Team to sign off.");
        approvals.signOff(finance, returns.get(finance).version());
        assertThat(returns.get(finance).status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }

    @Test
    void aStrategicDirectorWhoLeavesHandsSignOffToThePerformanceTeam() {
        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        journeys.approve(finance);
        assertThat(assignee()).isEqualTo("helen.marsh");
        leftYesterday("helen.marsh");

        SignIn.as(context, "priya.shah");
        assertThat(leaversTasks.reassignLeaversTasks()).isEqualTo(1);
        assertThat(assignee()).isNull();
        assertThat(history.of(finance)).anySatisfy(c -> assertThat(c.change())
                .isEqualTo("Task reassignment: Sign off return: Helen Marsh (helen.marsh) → the Performance Team"));
        assertThat(leaversTasks.reassignLeaversTasks()).isZero();
    }

    @Test
    void anAdDeliveryWhoLeavesHandsTheReturnToTheAdCommissioningWhoseSubmissionTheStrategicDirectorThenApproves() {
        leftYesterday("james.lewis");
        SignIn.as(context, "priya.shah");
        leaversTasks.reassignLeaversTasks();
        assertThat(assignee()).isEqualTo("clare.foster");

        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        assertThat(assignee()).isEqualTo("helen.marsh");
        SignIn.as(context, "clare.foster");
        assertThat(returns.myActions(finance)).isEmpty();
        assertThat(returns.routingNote(finance)).contains("You submitted this return, so it goes to Helen Marsh to approve.");
    }

    private String assignee() {
        return tasks.createTaskQuery().processVariableValueEquals("returnId", finance).singleResult().getAssignee();
    }

    private void leftYesterday(String username) {
        entityManager.flush();
        jdbc.update("UPDATE person SET left_on = ? WHERE username = ?", today.minusDays(1), username);
        entityManager.clear();
    }
}
