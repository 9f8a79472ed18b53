package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.ConflictException;
import uk.co.goldenthread.framework.MeasurePacks;

/**
 * The quarters module on its own (with the demo council's data, and without packs): the past-tense events it
 * publishes when its returns are done with, and what the pack's events do to the returns. Commits.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "demo")
@Import(QuarterEventsTest.NoPacks.class)
class QuarterEventsTest {

    /** The framework's port that the packs module implements: without packs here, no measure is in a pack. */
    @TestConfiguration
    static class NoPacks {
        @Bean
        MeasurePacks measurePacks() {
            return code -> List.of();
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    QuarterService quarters;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void signingOffTheLastReturnPublishesQuarterSignedOffAndTheQuartersProcessEnds(Scenario scenario) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2034, 1).id();
        List<ReturnSummary> returns = journeys.returnsOf(quarterId);
        ReturnSummary last = returns.get(returns.size() - 1);
        for (ReturnSummary r : returns.subList(0, returns.size() - 1)) {
            signOff(journeys, r.id());
        }
        journeys.fillIn(last.id(), Map.of());
        journeys.submit(last.id());
        journeys.approve(last.id());

        scenario.stimulate(() -> journeys.signOff(last.id()))
                .andWaitForEventOfType(QuarterSignedOff.class)
                .matching(e -> e.quarterId() == quarterId)
                .toArriveAndVerify((event, nothing) -> {
                    assertThat(event.closedEarly()).isFalse();
                    SignIn.as(context, "priya.shah");
                    assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.SIGNED_OFF);
                    String instance = processOf(quarterId);
                    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
                    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                            .getEndActivityId()).isEqualTo("returnsSignedOff");
                });
    }

    @Test
    void eachSignOffPublishesReturnSignedOff(Scenario scenario) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2034, 2).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        journeys.approve(finance);

        scenario.stimulate(() -> journeys.signOff(finance))
                .andWaitForEventOfType(ReturnSignedOff.class)
                .matching(e -> e.returnId() == finance)
                .toArriveAndVerify(event -> {
                    assertThat(event.quarterId()).isEqualTo(quarterId);
                    SignIn.as(context, "priya.shah");
                    assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.OPEN);
                });
    }

    @Test
    void closingEarlyPublishesQuarterSignedOffClosedEarlyAndTheProcessEndsThere(Scenario scenario) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2034, 3).id();
        signOff(journeys, journeys.returnOf(quarterId, "Strategic Finance").id());
        SignIn.as(context, "priya.shah");

        scenario.stimulate(() -> quarters.closeEarly(quarterId, "Cabinet papers are due"))
                .andWaitForEventOfType(QuarterSignedOff.class)
                .matching(e -> e.quarterId() == quarterId)
                .toArriveAndVerify(event -> {
                    assertThat(event.closedEarly()).isTrue();
                    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processOf(quarterId))
                            .singleResult().getEndActivityId()).isEqualTo("closedEarly");
                });
    }

    @Test
    void thePacksEventsWriteEachReturnsFinalStatusOnceAndMissingReturnsStayMissing(Scenario scenario) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2034, 4).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        long it = journeys.returnOf(quarterId, "Strategic IT").id();
        journeys.returnsOf(quarterId).stream().filter(r -> r.id() != it).forEach(r -> signOff(journeys, r.id()));
        SignIn.as(context, "priya.shah");
        quarters.closeEarly(quarterId, "Cabinet papers are due");

        scenario.publish(new PackCompiled(9001, quarterId, 1))
                .andWaitForStateChange(() -> statusOf(journeys, finance), s -> s == ReturnStatus.INCLUDED_IN_PACK)
                .andVerify(s -> assertThat(statusOf(journeys, it)).isEqualTo(ReturnStatus.MISSING));
        scenario.publish(new PackPublished(9001, quarterId, 1))
                .andWaitForStateChange(() -> statusOf(journeys, finance), s -> s == ReturnStatus.PUBLISHED)
                .andVerify(s -> assertThat(statusOf(journeys, it)).isEqualTo(ReturnStatus.MISSING));
        scenario.publish(new PackPublished(9001, quarterId, 1))
                .andWaitForStateChange(() -> statusOf(journeys, finance))
                .andVerify(s -> assertThat(audit.history(ReturnService.AUDIT_SUBJECT, finance))
                        .filteredOn(r -> "Published".equals(r.newValue())).hasSize(1));
    }

    @Test
    void returnsAPackReopensGoBackThroughTheirRouteAndReferredReturnsSignedOffFollows(Scenario scenario) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2035, 1).id();
        journeys.completeAll(quarterId, Map.of());
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();

        scenario.publish(new PackReturnsReopened(9002, quarterId, List.of(new ReturnReferral(finance,
                        ReopenStep.AD_DELIVERY)), "Referred back by Cabinet: check FIN01", "priya.shah"))
                .andWaitForStateChange(() -> statusOf(journeys, finance), s -> s == ReturnStatus.RETURNED_TO_DELIVERY)
                .andVerify(s -> {
                    SignIn.as(context, "priya.shah");
                    assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.REFERRED_BACK);
                });
        assertThatThrownBy(() -> scenario.publish(new PackReturnsReopened(9002, quarterId, List.of(
                new ReturnReferral(finance, ReopenStep.AD_DELIVERY)), "again", "priya.shah"))
                .andWaitForStateChange(() -> true)).isInstanceOf(ConflictException.class);

        journeys.fillIn(finance, Map.of("FIN01", "95"));
        journeys.submit(finance);
        journeys.approve(finance);
        scenario.stimulate(() -> journeys.signOff(finance))
                .andWaitForEventOfType(ReferredReturnsSignedOff.class)
                .matching(e -> e.quarterId() == quarterId)
                .toArriveAndVerify(e -> {
                    SignIn.as(context, "priya.shah");
                    assertThat(quarters.get(quarterId).status()).isEqualTo(QuarterStatus.SIGNED_OFF);
                });
    }

    private static void signOff(Journeys journeys, long returnId) {
        journeys.fillIn(returnId, Map.of());
        journeys.submit(returnId);
        journeys.approve(returnId);
        journeys.signOff(returnId);
    }

    private ReturnStatus statusOf(Journeys journeys, long returnId) {
        return journeys.get(returnId, "priya.shah").status();
    }

    private String processOf(long quarterId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("quarterCycle")
                .processInstanceBusinessKey("quarter-" + quarterId).singleResult().getId();
    }
}
