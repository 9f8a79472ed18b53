package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
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
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.MissingReturn;
import uk.co.goldenthread.packs.PackContent;
import uk.co.goldenthread.packs.PackLineRow;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.quarters.workflow.ReturnsConsistencyCheck;

/** Closing a quarter early (missing returns) and Cabinet referring returns back (a new pack version). Rolled back. */
@SpringBootTest
@Transactional
class QuarterClosingAndReferralTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    QuarterService quarters;
    @Autowired
    PackService packs;
    @Autowired
    ReturnsConsistencyCheck consistency;
    @Autowired
    TaskService tasks;

    Journeys journeys;
    long quarterId;
    long finance;
    long it;
    long health;

    @BeforeEach
    void openQuarter() {
        journeys = new Journeys(context);
        quarterId = journeys.openQuarter(2024, 1).id();
        finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        it = journeys.returnOf(quarterId, "Strategic IT").id();
        health = journeys.returnOf(quarterId, "Health, Well-being and Self Care").id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void closingEarlyMarksTheUnfinishedReturnsMissingAndThePackListsThem() {
        signOff(finance, Map.of("FIN01", "88.5"));
        signOff(health, Map.of());
        journeys.fillIn(it, Map.of());
        journeys.submit(it);

        SignIn.as(context, "james.lewis");
        assertThatThrownBy(() -> quarters.closeEarly(quarterId, "Cabinet cannot wait")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(context, "priya.shah");
        assertThatThrownBy(() -> quarters.closeEarly(quarterId, " ")).isInstanceOf(InvalidInputException.class);
        QuarterSummary closed = quarters.closeEarly(quarterId, "Cabinet papers are due");

        assertThat(closed.status()).isEqualTo(QuarterStatus.CLOSED_EARLY);
        assertThat(closed.closedEarly()).isTrue();
        assertThat(statusOf(it)).isEqualTo(ReturnStatus.MISSING);
        assertThat(taskOf(it)).isNull();
        assertThat(consistency.disagreements()).noneMatch(line -> line.contains("Q1 2024/25"));
        assertThatThrownBy(() -> quarters.closeEarly(quarterId, "again")).isInstanceOf(ConflictException.class);

        PackSummary pack = packs.compile(quarterId);
        PackContent content = packs.content(pack.id());
        assertThat(content.missingReturns()).extracting(MissingReturn::label).containsExactly("Strategic IT (Amy Evans)");
        assertThat(content.lines()).extracting(PackLineRow::code).contains("FIN01", "PEO01").noneMatch(c -> c.startsWith("ICT"));
        assertThat(statusOf(finance)).isEqualTo(ReturnStatus.INCLUDED_IN_PACK);
        assertThat(statusOf(it)).isEqualTo(ReturnStatus.MISSING);

        packs.publishPapers(pack.id(), "Published after the dispatch date: a past quarter in the test");
        packs.recordDecision(pack.id(), CabinetDecision.NOTED, LocalDate.now());
        packs.publish(pack.id());
        assertThat(packs.publishedContent(pack.id()).missingReturns()).hasSize(1);
        assertThat(statusOf(it)).isEqualTo(ReturnStatus.MISSING);
    }

    @Test
    void referredBackReturnsReopenAtTheNamedStepAndANewPackVersionFollowsWhileTheFirstStaysReadable() {
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary first = packs.compile(quarterId);
        assertThatThrownBy(() -> packs.recordDecision(first.id(), CabinetDecision.REFERRED_BACK, LocalDate.now()))
                .isInstanceOf(InvalidInputException.class);

        packs.publishPapers(first.id(), "Published after the dispatch date: a past quarter in the test");
        packs.referBack(first.id(), LocalDate.now(), List.of(new ReturnReferral(finance, ReopenStep.AD_DELIVERY),
                new ReturnReferral(it, ReopenStep.AD_COMMISSIONING)), "FIN01 and ICT01 need explaining");

        assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.REFERRED_BACK);
        assertThat(statusOf(finance)).isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);
        assertThat(taskOf(finance).getTaskDefinitionKey()).isEqualTo("completeReturn");
        assertThat(taskOf(finance).getAssignee()).isEqualTo("james.lewis");
        assertThat(statusOf(it)).isEqualTo(ReturnStatus.RETURNED_TO_COMMISSIONING);
        assertThat(taskOf(it).getTaskDefinitionKey()).isEqualTo("reviewReturn");
        assertThat(taskOf(it).getAssignee()).isEqualTo("daniel.okafor");
        assertThat(statusOf(health)).isEqualTo(ReturnStatus.INCLUDED_IN_PACK);
        assertThat(journeys.get(finance, "james.lewis").returnedReason())
                .isEqualTo("Referred back by Cabinet: FIN01 and ICT01 need explaining");
        assertThat(consistency.disagreements()).noneMatch(line -> line.contains("Q1 2024/25"));
        SignIn.as(context, "priya.shah");
        assertThatThrownBy(() -> packs.publish(first.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> packs.compile(quarterId)).isInstanceOf(ConflictException.class);

        journeys.fillIn(finance, Map.of("FIN01", "95"));
        journeys.submit(finance);
        journeys.approve(finance);
        journeys.signOff(finance);
        assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.REFERRED_BACK);
        journeys.approve(it);
        journeys.signOff(it);

        SignIn.as(context, "priya.shah");
        assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.SIGNED_OFF);
        PackSummary second = packs.compile(quarterId);
        assertThat(second.version()).isEqualTo(2);
        assertThat(fin01(second)).isEqualTo("95.0%");
        assertThat(fin01(first)).isEqualTo("88.5%");
        assertThat(packs.content(first.id()).summary().decision()).isEqualTo(CabinetDecision.REFERRED_BACK);
        packs.publishPapers(second.id(), "Published after the dispatch date: a past quarter in the test");
        packs.recordDecision(second.id(), CabinetDecision.APPROVED, LocalDate.now());
        packs.publish(second.id());
        assertThat(packs.published()).extracting(PackSummary::id).contains(second.id()).doesNotContain(first.id());
        assertThat(consistency.disagreements()).noneMatch(line -> line.contains("Q1 2024/25"));
    }

    @Test
    void aMissingReturnReferredBackIsCompletedAndTheNewVersionNoLongerListsItMissing() {
        signOff(finance, Map.of());
        signOff(health, Map.of());
        SignIn.as(context, "priya.shah");
        quarters.closeEarly(quarterId, "Cabinet papers are due");
        PackSummary first = packs.compile(quarterId);
        packs.publishPapers(first.id(), "Published after the dispatch date: a past quarter in the test");
        assertThatThrownBy(() -> packs.referBack(first.id(), LocalDate.now(),
                List.of(new ReturnReferral(it, ReopenStep.AD_COMMISSIONING)), "Strategic IT is missing"))
                .isInstanceOf(InvalidInputException.class);
        packs.referBack(first.id(), LocalDate.now(), List.of(new ReturnReferral(it, ReopenStep.AD_DELIVERY)),
                "Strategic IT is missing");

        signOff(it, Map.of());
        SignIn.as(context, "priya.shah");
        assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.SIGNED_OFF);
        assertThat(quarters.get(quarterId).closedEarly()).isTrue();
        PackSummary second = packs.compile(quarterId);
        assertThat(packs.content(second.id()).missingReturns()).isEmpty();
        assertThat(packs.content(second.id()).lines()).extracting(PackLineRow::code).contains("ICT01");
        assertThat(packs.content(first.id()).missingReturns()).hasSize(1);
    }

    private void signOff(long returnId, Map<String, String> values) {
        journeys.fillIn(returnId, values);
        journeys.submit(returnId);
        journeys.approve(returnId);
        journeys.signOff(returnId);
    }

    private ReturnStatus statusOf(long returnId) {
        return journeys.get(returnId, "priya.shah").status();
    }

    private Task taskOf(long returnId) {
        return tasks.createTaskQuery().processVariableValueEquals("returnId", returnId).singleResult();
    }

    private String fin01(PackSummary pack) {
        return packs.content(pack.id()).lines().stream().filter(l -> l.code().equals("FIN01")).findFirst().orElseThrow()
                .value();
    }
}
