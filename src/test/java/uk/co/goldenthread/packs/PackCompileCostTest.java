package uk.co.goldenthread.packs;

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
import uk.co.goldenthread.Statements;

/**
 * What compiling a pack costs the database, in statements, as the framework grows: 20 more measures (each with a
 * benchmark and a line in a return) must not cost selects of their own (reading each measure's details one by one
 * cost eight statements a measure: 133 statements for the demo and 160 more for 20 measures; 19,800 statements for
 * a council ten times Warwickshire's size). Everything is rolled
 * back (Q1 and Q2 2054 are never committed), so no other test sees it.
 */
@SpringBootTest
@Transactional
class PackCompileCostTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void compilingCostsAboutTheSameStatementsForTwentyMoreMeasures() {
        long demo = compiled(2054, 1);
        addMeasures(20);
        long larger = compiled(2054, 2);
        System.out.printf("Compiling a pack: %d statements; with 20 more measures %d statements%n", demo, larger);
        // each line is one pack_line insert (its id is an IDENTITY, so Hibernate cannot batch them), and nothing more
        assertThat(larger - demo).as("statements for 20 more measures: their 20 pack_line inserts, no select each")
                .isLessThanOrEqualTo(25);
        assertThat(demo).as("statements to compile the demo council's pack").isLessThanOrEqualTo(70);
    }

    private long compiled(int year, int quarter) {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(year, quarter).id();
        journeys.completeAll(quarterId, Map.of());
        entityManager.flush();
        entityManager.clear();
        SignIn.as(context, "priya.shah");
        return new Statements(context).of(() -> {
            context.getBean(PackService.class).compile(quarterId);
            entityManager.flush();
        });
    }

    /** Measures in Strategic Finance, as FIN01 is, each with an England benchmark: written straight into the tables. */
    private void addMeasures(int count) {
        for (int m = 0; m < count; m++) {
            jdbc.update("INSERT INTO measure (code, kind, title, area_id, owner_id, unit, decimal_places, polarity, "
                    + "tolerance, frequency, status, version) SELECT ?, 'KBM', ?, area_id, owner_id, 'PERCENT', 1, "
                    + "'HIGHER_IS_BETTER', 5, 'QUARTERLY', 'ACTIVE', 0 FROM measure WHERE code = 'FIN01'",
                    "COST-" + m, "Cost test measure " + m);
            jdbc.update("INSERT INTO comparator (measure_id, kind, period, comparator_value) SELECT id, 'ENGLAND', "
                    + "'2053/54', 50 FROM measure WHERE code = ?", "COST-" + m);
        }
        entityManager.clear();
    }
}
