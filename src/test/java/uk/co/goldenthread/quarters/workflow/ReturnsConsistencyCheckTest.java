package uk.co.goldenthread.quarters.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.quarters.workflow.ReturnsConsistencyCheck;

/** The start-up check finds a return whose status was changed behind the workflow's back. Rolled back. */
@SpringBootTest
@Transactional
class ReturnsConsistencyCheckTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnsConsistencyCheck check;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aStatusChangedByHandIsReported() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2024, 3).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        long it = journeys.returnOf(quarterId, "Strategic IT").id();
        journeys.fillIn(it, Map.of());
        journeys.submit(it);
        assertThat(check.disagreements()).noneMatch(line -> line.startsWith("Return " + finance + " ")
                || line.startsWith("Return " + it + " "));

        entityManager.flush();
        jdbc.update("UPDATE quarterly_return SET status = 'APPROVED' WHERE id = ?", finance);
        entityManager.clear();

        assertThat(check.disagreements()).contains("Return " + finance + " of Q3 2024/25 is 'Approved' but its "
                + "workflow waits at completeReturn instead of signOffReturn.")
                .noneMatch(line -> line.startsWith("Return " + it + " "));
    }
}
