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
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.performance.DirectionOfTravel;

/** A return shows each measure's recent values and its direction of travel. */
@SpringBootTest
@Transactional
class ReturnHistoryTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aReturnShowsEarlierQuartersAndTheDirectionOfTravel() {
        var journeys = new Journeys(context);
        journeys.completeAll(journeys.openQuarter(2024, 2).id(), Map.of("FIN01", "80", "PEO03", "9.5"));
        journeys.completeAll(journeys.openQuarter(2025, 1).id(), Map.of("FIN01", "82", "PEO03", "10.5"));
        long quarterId = journeys.openQuarter(2025, 2).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        journeys.fillIn(finance, Map.of("FIN01", "88.5"));

        LineDetails fin01 = journeys.get(finance, "james.lewis").lines().stream()
                .filter(l -> l.measure().code().equals("FIN01")).findFirst().orElseThrow();
        assertThat(fin01.lastFourQuarters()).extracting(PeriodValue::period)
                .startsWith(new FinancialQuarter(2025, 1), new FinancialQuarter(2024, 2));
        assertThat(fin01.sameQuarterLastYear().value()).isEqualByComparingTo("80.0");
        assertThat(fin01.directionOnPreviousQuarter()).isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(fin01.directionOnLastYear()).isEqualTo(DirectionOfTravel.IMPROVING);

        long health = journeys.returnOf(quarterId, "Health, Well-being and Self Care").id();
        journeys.fillIn(health, Map.of("PEO03", "11.0"));
        LineDetails smoking = journeys.get(health, "tom.nguyen").lines().stream()
                .filter(l -> l.measure().code().equals("PEO03")).findFirst().orElseThrow();
        assertThat(smoking.directionOnPreviousQuarter()).isEqualTo(DirectionOfTravel.WORSENING);
    }
}
