package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.ConflictException;

/**
 * A return's status and its workflow task change in one transaction: both commit, or neither does; a stale edit
 * changes neither. (SubmitClickCostTest shows the Submit click begins exactly one transaction.)
 */
@SpringBootTest
class WorkflowTransactionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TaskService tasks;
    @Autowired
    ReturnService returns;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aFailureAfterSubmittingRollsBackBothTheStatusAndTheWorkflow() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2022, 1).id();
        long returnId = journeys.returnOf(quarterId, "Strategic IT").id();
        journeys.fillIn(returnId, Map.of());

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            journeys.submit(returnId);
            assertThat(currentStep(returnId)).isEqualTo("reviewReturn");
            throw new IllegalStateException("something later in the same transaction failed");
        })).hasMessageContaining("something later");

        assertThat(journeys.get(returnId, "amy.evans").status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(currentStep(returnId)).isEqualTo("completeReturn");

        journeys.submit(returnId);
        assertThat(journeys.get(returnId, "amy.evans").status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(currentStep(returnId)).isEqualTo("reviewReturn");
    }

    @Test
    void aStaleSubmitIsRefusedWholeAndLeavesTheReturnAndItsWorkflowAsTheOtherTabLeftThem() {
        var journeys = new Journeys(context);
        long finance = journeys.returnOf(journeys.openQuarter(2028, 2).id(), "Strategic Finance").id();
        ReturnDetails read = journeys.fillIn(finance, Map.of());
        long fin01 = read.lines().getFirst().lineId();
        returns.save(ReturnEdit.ofLines(finance, read.version(), List.of(new LineEntry(fin01, "77.7", "Other tab"))));

        ReturnEdit stale = new ReturnEdit(finance, read.version(), read.lines().stream()
                .map(l -> new LineEntry(l.lineId(), "95", "Typed on the stale screen")).toList(),
                read.progress().stream().map(p -> new ProgressEntry(p.progressId(), ProgressStatus.AT_RISK,
                        read.period().lastDay(), "Typed on the stale screen")).toList());
        assertThatThrownBy(() -> returns.submit(stale)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("James Lewis changed this return at")
                .hasMessageContaining("Nothing was saved: reload the return to see their changes");

        ReturnDetails now = returns.get(finance);
        assertThat(now.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(now.lines().getFirst().value()).isEqualByComparingTo("77.7");
        assertThat(now.progress()).isNotEmpty().extracting(ProgressDetails::status).containsOnly(ProgressStatus.ON_TRACK);
        assertThat(currentStep(finance)).isEqualTo("completeReturn");
    }

    private String currentStep(long returnId) {
        return tasks.createTaskQuery().processVariableValueEquals("returnId", returnId).singleResult()
                .getTaskDefinitionKey();
    }
}
