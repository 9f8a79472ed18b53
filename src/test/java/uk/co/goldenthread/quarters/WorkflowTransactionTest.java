package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** A return's status and its workflow task change in one transaction: both commit, or neither does. */
@SpringBootTest
class WorkflowTransactionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TaskService tasks;

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

    private String currentStep(long returnId) {
        return tasks.createTaskQuery().processVariableValueEquals("returnId", returnId).singleResult()
                .getTaskDefinitionKey();
    }
}
