package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.ReturnStatus;

/**
 * A withdrawal that fails part-way (the second return cannot be put back) changes nothing: the first return keeps its
 * route and its edits, the correction stays open, nothing is audited. Commits (2036/37 Q3), as a rollback would hide it.
 */
@SpringBootTest
class WithdrawalIsAllOrNothingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    ReturnsCorrectionService corrections;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aWithdrawalThatFailsPartWayLeavesTheCorrectionAndEveryReturnAsTheyWere() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2036, 3).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary first = new Journeys(context).compileAndPublish(quarterId);
        List<Long> sent = journeys.returnsOf(quarterId).stream().map(r -> r.id()).sorted().limit(2).toList();
        SignIn.as(context, "priya.shah");
        corrections.open(first.id(), "FIN01 restated", sent);
        journeys.fillIn(sent.getFirst(), Map.of("FIN01", "95"));
        SignIn.as(context, "priya.shah");
        int packAudit = audit.history(PackService.AUDIT_SUBJECT, first.id()).size();
        int returnAudit = audit.history(uk.co.goldenthread.quarters.ReturnService.AUDIT_SUBJECT, sent.getFirst()).size();
        // the second return's copy is unreadable, so putting it back fails after the first was put back
        jdbc.update("UPDATE quarterly_return_copy SET content = 'not JSON' WHERE return_id = ?", sent.getLast());

        SignIn.as(context, "priya.shah");
        assertThatThrownBy(() -> corrections.withdraw(first.id(), "Opened by mistake")).isNotNull();

        SignIn.as(context, "priya.shah");
        assertThat(corrections.openFor(quarterId)).as("the correction is still open").isNotNull();
        assertThat(context.getBean(QuarterService.class).get(quarterId).status()).isEqualTo(QuarterStatus.REFERRED_BACK);
        var firstReturn = journeys.get(sent.getFirst(), "priya.shah");
        assertThat(firstReturn.status()).isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);
        assertThat(firstReturn.lines()).filteredOn(l -> l.measure().code().equals("FIN01")).singleElement()
                .satisfies(l -> assertThat(l.value()).isEqualByComparingTo("95"));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("quarterlyReturn")
                .variableValueEquals("returnId", sent.getFirst()).count()).as("its route goes on").isEqualTo(1);
        assertThat(journeys.get(sent.getLast(), "priya.shah").status()).isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);
        assertThat(audit.history(PackService.AUDIT_SUBJECT, first.id())).hasSize(packAudit);
        assertThat(audit.history(uk.co.goldenthread.quarters.ReturnService.AUDIT_SUBJECT, sent.getFirst()))
                .hasSize(returnAudit);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quarterly_return_copy WHERE quarter_id = ?",
                Integer.class, quarterId)).as("both copies are kept").isEqualTo(2);
    }
}
