package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.Statements;

/**
 * What one step of a return's route costs the database, in statements (JPA's and Flowable's): a line more must cost
 * at most its own update, never a select of its remedial actions as well. Submit, approve and sign off every return
 * of Q4 2026, all rolled back, so no other test sees the quarter.
 */
@SpringBootTest
class ReturnStepCostTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private record Step(int lines, long submit, long approve, long signOff) {
    }

    @Test
    void aLineMoreCostsAtMostItsOwnUpdate() {
        var journeys = new Journeys(context);
        var statements = new Statements(context);
        List<Step> steps = new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            addMeasuresToOneArea(10);
            List<Step> measured = new ArrayList<>();
            for (ReturnSummary ret : journeys.returnsOf(journeys.openQuarter(2026, 4).id())) {
                int lines = journeys.fillIn(ret.id(), Map.of()).lines().size();
                // each step starts with nothing loaded, as in its own transaction
                entityManager.clear();
                long submit = statements.of(() -> journeys.submit(ret.id()));
                entityManager.clear();
                long approve = statements.of(() -> journeys.approve(ret.id()));
                entityManager.clear();
                long signOff = statements.of(() -> journeys.signOff(ret.id()));
                measured.add(new Step(lines, submit, approve, signOff));
            }
            return measured;
        });
        System.out.println("Return steps (lines, submit, approve, sign off statements; reading the return included): "
                + steps);
        Step fewest = steps.stream().min(Comparator.comparingInt(Step::lines)).orElseThrow();
        Step most = steps.stream().max(Comparator.comparingInt(Step::lines)).orElseThrow();
        assertThat(most.lines()).as("returns of different sizes to compare").isGreaterThan(fewest.lines());
        int moreLines = most.lines() - fewest.lines();
        assertThat(most.submit() - fewest.submit()).as("submit: statements for " + moreLines + " more lines")
                .isLessThanOrEqualTo(moreLines + 3L);
        assertThat(most.approve() - fewest.approve()).as("approve: statements for " + moreLines + " more lines")
                .isLessThanOrEqualTo(3L);
        assertThat(most.signOff() - fewest.signOff()).as("sign off: statements for " + moreLines + " more lines")
                .isLessThanOrEqualTo(3L);
    }

    /** KBMs written straight into the table, in the test's transaction (rolled back with it). */
    private void addMeasuresToOneArea(int count) {
        var jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
        var delivery = jdbc.queryForMap("SELECT area_id, person_id FROM commissioning_area_delivery ORDER BY area_id "
                + "LIMIT 1");
        for (int m = 0; m < count; m++) {
            jdbc.update("INSERT INTO measure (code, kind, title, area_id, owner_id, unit, decimal_places, polarity, "
                    + "tolerance, frequency, status, version) VALUES (?, 'KBM', ?, ?, ?, 'PERCENT', 1, "
                    + "'HIGHER_IS_BETTER', 5, 'QUARTERLY', 'ACTIVE', 0)", "STEP-" + m, "Step cost measure " + m,
                    delivery.get("area_id"), delivery.get("person_id"));
        }
    }
}
