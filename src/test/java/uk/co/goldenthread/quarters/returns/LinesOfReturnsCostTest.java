package uk.co.goldenthread.quarters.returns;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.Statements;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.ReturnSummary;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * The small charts of a list of returns (Reviews, Scorecard) read their lines and history once for the whole list:
 * eight quarters' returns cost no more statements than one quarter's. Quarters of 2034/35 and 2035/36, rolled back.
 */
@SpringBootTest
@Transactional
class LinesOfReturnsCostTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LinesOfReturns linesOf;
    @Autowired
    ReturnAssembler assembler;
    @Autowired
    QuarterlyReturnRepository returns;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void eightQuartersOfReturnsCostNoMoreStatementsThanOneQuarters() {
        var journeys = new Journeys(context);
        List<Long> ids = new ArrayList<>();
        List<Long> lastQuarter = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long quarter = journeys.openQuarter(2034 + i / 4, i % 4 + 1).id();
            lastQuarter.clear();
            for (ReturnSummary ret : journeys.returnsOf(quarter)) {
                journeys.fillIn(ret.id(), Map.of("FIN01", String.valueOf(90 + i)));
                ids.add(ret.id());
                lastQuarter.add(ret.id());
            }
        }
        var statements = new Statements(context);
        entityManager.flush();

        List<QuarterlyReturn> latestOnly = load(lastQuarter);
        long one = statements.of(() -> linesOf.of(latestOnly));
        List<QuarterlyReturn> eightQuarters = load(ids);
        Map<Long, List<LineDetails>> read = new java.util.HashMap<>();
        long all = statements.of(() -> read.putAll(linesOf.of(eightQuarters)));
        List<QuarterlyReturn> again = load(ids);
        long perReturn = statements.of(() -> again.forEach(assembler::details));
        System.out.println("Lines of returns, statements: 1 quarter's " + lastQuarter.size() + " returns " + one
                + ", 8 quarters' " + ids.size() + " returns " + all
                + "; one return at a time (the return page's way) " + perReturn);

        assertThat(read).hasSize(ids.size());
        assertThat(all).as("statements for " + ids.size() + " returns against " + lastQuarter.size()).isLessThanOrEqualTo(one + 1);
        long latest = ids.getLast();
        entityManager.clear();
        assertThat(read.get(latest)).as("the same lines as the return's own page")
                .isEqualTo(assembler.details(returns.findById(latest).orElseThrow()).lines());
    }

    /** The returns as a list has them before reading their lines: nothing else loaded. */
    private List<QuarterlyReturn> load(List<Long> ids) {
        entityManager.clear();
        return returns.findAllById(ids);
    }
}
