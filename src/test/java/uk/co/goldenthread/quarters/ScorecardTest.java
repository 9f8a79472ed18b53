package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.performance.Rag;

/** The Strategic Director sees every return of the directorate and signs off all approved ones at once. */
@SpringBootTest
@Transactional
class ScorecardTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScorecardService scorecards;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theScorecardHoldsTheDirectoratesReturnsAndSignsOffTheApprovedOnes() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2026, 2).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        long it = journeys.returnOf(quarterId, "Strategic IT").id();
        journeys.fillIn(finance, Map.of("FIN01", "70"));
        journeys.submit(finance);
        journeys.approve(finance);
        journeys.fillIn(it, Map.of());

        SignIn.as(context, "helen.marsh");
        var rows = scorecards.scorecard(quarterId);
        assertThat(rows).extracting(ScorecardRow::areaName).containsExactlyInAnyOrder("Strategic Finance", "Strategic IT");
        ScorecardRow financeRow = rows.stream().filter(r -> r.returnId() == finance).findFirst().orElseThrow();
        assertThat(financeRow.canSignOff()).isTrue();
        assertThat(financeRow.ragCounts().get(Rag.RED)).isEqualTo(1);

        assertThat(scorecards.signOffAllApproved(quarterId)).isEqualTo(1);
        assertThat(journeys.get(finance, "helen.marsh").status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(journeys.get(it, "helen.marsh").status()).isEqualTo(ReturnStatus.DRAFT);

        SignIn.as(context, "owen.brennan");
        assertThat(scorecards.scorecard(quarterId)).extracting(ScorecardRow::areaName)
                .containsExactly("Health, Well-being and Self Care");
    }
}
