package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.Statements;
import uk.co.goldenthread.TestTimetable;

/**
 * What opening a quarter costs the database, in statements (JPA's and Flowable's), as the council grows: 20 more
 * commissioning areas, each with its AD Delivery and three KBMs, must not cost 20 times more selects and inserts.
 * Each open is rolled back (Q4 2026 is never committed), so no other test sees it.
 */
@SpringBootTest
class QuarterOpeningCostTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void openingCostsAboutTheSameStatementsForTwentyMoreReturns() {
        Opened demo = openRolledBack(0);
        Opened larger = openRolledBack(20);
        System.out.printf("Opening a quarter: %d returns in %d statements; %d returns in %d statements%n",
                demo.returns(), demo.statements(), larger.returns(), larger.statements());
        assertThat(larger.returns()).isEqualTo(demo.returns() + 20);
        assertThat(larger.statements() - demo.statements())
                .as("statements for 20 more returns and 60 more lines (no select or insert per return)")
                .isLessThanOrEqualTo(10);
        assertThat(demo.statements()).as("statements per open of the demo council").isLessThanOrEqualTo(60);
    }

    private record Opened(int returns, long statements) {
    }

    private Opened openRolledBack(int extraAreas) {
        var statements = new Statements(context);
        var transaction = new TransactionTemplate(transactionManager);
        return transaction.execute(status -> {
            try {
                addAreas(extraAreas);
                entityManager.clear();
                SignIn.as(context, "priya.shah");
                int[] returns = new int[1];
                long count = statements.of(() -> {
                    returns[0] = context.getBean(QuarterService.class).open(TestTimetable.of(2026, 4)).returnCount();
                    entityManager.flush();
                });
                return new Opened(returns[0], count);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    /** Areas written straight into the tables, in the test's transaction (rolled back with it). */
    private void addAreas(int count) {
        Long directorate = jdbc.queryForObject("SELECT MIN(id) FROM directorate", Long.class);
        for (int a = 0; a < count; a++) {
            jdbc.update("INSERT INTO person (username, full_name, job_title, active) VALUES (?, ?, 'Cost test', TRUE)",
                    "cost.add." + a, "Cost test AD Delivery " + a);
            long person = jdbc.queryForObject("SELECT id FROM person WHERE username = ?", Long.class, "cost.add." + a);
            jdbc.update("INSERT INTO person_role (person_id, role) VALUES (?, 'AD_DELIVERY')", person);
            jdbc.update("INSERT INTO commissioning_area (name, directorate_id) VALUES (?, ?)", "Cost test area " + a,
                    directorate);
            long area = jdbc.queryForObject("SELECT id FROM commissioning_area WHERE name = ?", Long.class,
                    "Cost test area " + a);
            jdbc.update("INSERT INTO commissioning_area_delivery (area_id, person_id) VALUES (?, ?)", area, person);
            for (int m = 0; m < 3; m++) {
                jdbc.update("INSERT INTO measure (code, kind, title, area_id, owner_id, unit, decimal_places, polarity, "
                        + "tolerance, frequency, status, version) VALUES (?, 'KBM', ?, ?, ?, 'PERCENT', 1, "
                        + "'HIGHER_IS_BETTER', 5, 'QUARTERLY', 'ACTIVE', 0)", "COST-" + a + "-" + m,
                        "Cost test measure " + a + "." + m, area, person);
            }
        }
    }
}
