package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.NotAllowedException;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.structure.AreaForm;
import uk.co.goldenthread.framework.structure.DirectorateForm;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;

/** The return's route and every refusal, on the real engine and database; each test is rolled back. */
@SpringBootTest
@Transactional
class ReturnRulesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnService returns;
    @Autowired
    ReturnApprovalService approvals;
    @Autowired
    AuditLog audit;

    Journeys journeys;
    long finance;
    long quarterId;

    @BeforeEach
    void openQuarter() {
        journeys = new Journeys(context);
        quarterId = journeys.openQuarter(2021, 1).id();
        finance = journeys.returnOf(quarterId, "Strategic Finance").id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdDeliveryCannotApprove() {
        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        SignIn.as(context, "james.lewis");
        long version = returns.get(finance).version();
        assertThatThrownBy(() -> approvals.approve(finance, version)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyCanActOnAnotherPersonsTask() {
        SignIn.as(context, "amy.evans");
        assertThatThrownBy(() -> returns.save(ReturnEdit.ofLines(finance, 0, List.of())))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("belongs to James Lewis");

        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        SignIn.as(context, "daniel.okafor");
        assertThatThrownBy(() -> approvals.approve(finance, returns.get(finance).version()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aValueThatIsNotANumberInTheUnitIsRefusedAndNothingIsSaved() {
        SignIn.as(context, "james.lewis");
        ReturnDetails ret = returns.get(finance);
        List<LineEntry> entries = ret.lines().stream().map(l -> new LineEntry(l.lineId(),
                switch (l.measure().code()) {
                    case "FIN01" -> "85.5";
                    case "FIN02" -> "about half";
                    case "FIN04" -> "2.5";
                    default -> "";
                }, "typed")).toList();

        assertThatThrownBy(() -> returns.save(ReturnEdit.ofLines(finance, ret.version(), entries)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("FIN02", "FIN04");
                    assertThat(e.fieldErrors().get("FIN02")).contains("'about half' is not a number");
                    assertThat(e.fieldErrors().get("FIN04")).contains("no decimal places");
                });
        assertThat(returns.get(finance).lines()).allSatisfy(l -> {
            assertThat(l.value()).isNull();
            assertThat(l.commentary()).isNull();
        });
    }

    @Test
    void aReturnCannotBeSubmittedWithMissingValues() {
        SignIn.as(context, "james.lewis");
        ReturnDetails ret = returns.get(finance);
        assertThatThrownBy(() -> returns.submit(ReturnEdit.ofLines(finance, ret.version(), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("FIN01", "FIN02", "FIN03", "FIN04"));
        assertThat(returns.get(finance).status()).isEqualTo(ReturnStatus.DRAFT);
    }

    @Test
    void approvingTheSameReturnFromTwoTabsIsRefusedTheSecondTime() {
        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        SignIn.as(context, "clare.foster");
        long versionSeenByBothTabs = returns.get(finance).version();
        approvals.approve(finance, versionSeenByBothTabs);

        assertThatThrownBy(() -> approvals.approve(finance, versionSeenByBothTabs))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already approved");
    }

    @Test
    void twoPeopleSavingTheSameReturnGetAConflictNotASilentOverwrite() {
        SignIn.as(context, "james.lewis");
        ReturnDetails firstTab = returns.get(finance);
        ReturnDetails secondTab = returns.get(finance);
        long line = firstTab.lines().getFirst().lineId();
        returns.save(ReturnEdit.ofLines(finance, firstTab.version(), List.of(new LineEntry(line, "80", "first"))));

        assertThatThrownBy(() -> returns.save(ReturnEdit.ofLines(finance, secondTab.version(), List.of(new LineEntry(line, "70", "second")))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("James Lewis changed this return at");
        assertThat(returns.get(finance).lines().getFirst().commentary()).isEqualTo("first");
    }

    @Test
    void returningNeedsAReasonWhichTheAdDeliveryThenSees() {
        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        SignIn.as(context, "clare.foster");
        long version = returns.get(finance).version();
        assertThatThrownBy(() -> approvals.returnToDelivery(finance, version, "  "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Give a reason");
        assertThat(returns.get(finance).status()).isEqualTo(ReturnStatus.SUBMITTED);

        approvals.returnToDelivery(finance, version, "FIN03 is outside the band: explain.");

        SignIn.as(context, "james.lewis");
        ReturnDetails back = returns.get(finance);
        assertThat(back.status()).isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);
        assertThat(back.returnedReason()).isEqualTo("FIN03 is outside the band: explain.");
        assertThat(back.returnedBy()).isEqualTo("Clare Foster");
        assertThat(returns.myActions(finance)).contains(ReturnAction.SUBMIT);
        assertThat(returns.myTasks()).anyMatch(t -> t.returnId() == finance && t.step().equals("Complete return"));
    }

    @Test
    void theStrategicDirectorSignsOffOrReturnsOneStepToTheAdCommissioning() {
        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        journeys.approve(finance);
        SignIn.as(context, "owen.brennan");
        assertThatThrownBy(() -> approvals.signOff(finance, returns.get(finance).version()))
                .isInstanceOf(NotAllowedException.class);

        SignIn.as(context, "helen.marsh");
        assertThatThrownBy(() -> approvals.returnToCommissioning(finance, returns.get(finance).version(), null))
                .isInstanceOf(InvalidInputException.class);
        approvals.returnToCommissioning(finance, returns.get(finance).version(), "Commentary on FIN04 is thin.");

        SignIn.as(context, "clare.foster");
        assertThat(returns.get(finance).status()).isEqualTo(ReturnStatus.RETURNED_TO_COMMISSIONING);
        assertThat(returns.myActions(finance)).containsExactlyInAnyOrder(ReturnAction.APPROVE, ReturnAction.RETURN_TO_DELIVERY);
        journeys.approve(finance);
        journeys.signOff(finance);
        assertThat(journeys.get(finance, "helen.marsh").status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }

    @Test
    void nobodyApprovesAReturnTheySubmittedThemselves() {
        SignIn.as(context, "priya.shah");
        var people = context.getBean(PeopleService.class);
        var structure = context.getBean(FrameworkStructureService.class);
        long pat = people.addPerson("pat.both", "Pat Both", "AD of a small service", "pat@demoshire.example",
                Set.of(Role.AD_DELIVERY, Role.AD_COMMISSIONING), "secret").id();
        long directorate = structure.saveDirectorate(null, new DirectorateForm("Small directorate",
                people.findByUsername("helen.marsh").orElseThrow().id()));
        long area = structure.saveArea(null, new AreaForm("Small service", directorate, pat, Set.of(pat)));
        context.getBean(FrameworkAdminService.class).addMeasure(TestMeasure.essential("SML01", MeasureKind.KBM,
                "No. of small things", null, MeasureUnit.NUMBER, 0, area, pat).essentials());
        long quarterId = journeys.openQuarter(2021, 2).id();
        long own = journeys.returnOf(quarterId, "Small service").id();
        journeys.fillIn(own, Map.of());
        journeys.submit(own);

        SignIn.as(context, "pat.both");
        assertThat(returns.myActions(own)).isEmpty();
        assertThat(returns.routingNote(own)).contains("You submitted this return, so it goes to Helen Marsh to approve.");
        assertThatThrownBy(() -> approvals.approve(own, returns.get(own).version()))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("belongs to Helen Marsh");

        SignIn.as(context, "helen.marsh");
        assertThat(returns.myActions(own)).containsExactlyInAnyOrder(ReturnAction.APPROVE, ReturnAction.RETURN_TO_DELIVERY);
        approvals.approve(own, returns.get(own).version());
        assertThat(returns.myActions(own)).isEmpty();
        assertThat(returns.routingNote(own))
                .contains("You approved this return, so it goes to the Performance Team to sign off.");

        var tasks = context.getBean(org.flowable.engine.TaskService.class);
        var signOffTask = tasks.createTaskQuery().processVariableValueEquals("returnId", own).singleResult();
        assertThat(signOffTask.getAssignee()).isNull();
        tasks.setAssignee(signOffTask.getId(), "helen.marsh"); // as if routed by hand: the service still refuses
        assertThatThrownBy(() -> approvals.signOff(own, returns.get(own).version()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("You approved this return, so someone else must sign it off.");
        tasks.setAssignee(signOffTask.getId(), null);

        SignIn.as(context, "priya.shah");
        assertThat(returns.myActions(own)).containsExactlyInAnyOrder(ReturnAction.SIGN_OFF,
                ReturnAction.RETURN_TO_COMMISSIONING);
        approvals.signOff(own, returns.get(own).version());
        assertThat(returns.get(own).status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }

    @Test
    void everyChangeOfValueAndStatusIsAudited() {
        journeys.fillIn(finance, Map.of("FIN01", "88.5"));
        journeys.submit(finance);
        SignIn.as(context, "clare.foster");
        approvals.returnToDelivery(finance, returns.get(finance).version(), "Check FIN02.");

        List<AuditRecord> trail = audit.history("Return", finance);
        assertThat(trail).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("FIN01 value");
            assertThat(r.actor()).isEqualTo("james.lewis");
            assertThat(r.oldValue()).isNull();
            assertThat(r.newValue()).isEqualTo("88.5");
        });
        assertThat(trail).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("status");
            assertThat(r.oldValue()).isEqualTo("Draft");
            assertThat(r.newValue()).isEqualTo("Submitted");
        });
        assertThat(trail).anySatisfy(r -> {
            assertThat(r.actor()).isEqualTo("clare.foster");
            assertThat(r.newValue()).isEqualTo("Returned to AD Delivery");
            assertThat(r.reason()).isEqualTo("Check FIN02.");
        });
    }

    @Test
    void aQuarterOpensOnceWithOneReturnPerAdDeliveryAndArea() {
        assertThat(journeys.returnsOf(quarterId)).extracting(ReturnSummary::areaName, ReturnSummary::adDeliveryName)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Strategic Finance", "James Lewis"),
                        org.assertj.core.groups.Tuple.tuple("Strategic IT", "Amy Evans"),
                        org.assertj.core.groups.Tuple.tuple("Health, Well-being and Self Care", "Tom Nguyen"));
        assertThatThrownBy(() -> journeys.openQuarter(2021, 1))
                .isInstanceOf(ConflictException.class).hasMessage("Q1 2021/22 is already open.");
        SignIn.as(context, "james.lewis");
        assertThatThrownBy(() -> context.getBean(QuarterService.class).open(uk.co.goldenthread.TestTimetable.of(2021, 3)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
