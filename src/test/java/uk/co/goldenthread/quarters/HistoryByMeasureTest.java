package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.structure.AreaForm;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.performance.DirectionOfTravel;

/** A measure's history follows the measure, not the person: a new AD Delivery sees what the last one reported. */
class HistoryByMeasureTest extends PerformanceTeamTest {

    @Autowired
    FrameworkStructureService structure;
    @Autowired
    FrameworkService framework;

    @Test
    void aChangeOfAdDeliveryKeepsTheMeasuresEarlierValuesAndDirectionOfTravel() {
        var journeys = new Journeys(context);
        journeys.completeAll(journeys.openQuarter(2032, 1).id(), Map.of("FIN01", "80"));
        SignIn.as(context, "priya.shah");
        long finance = areaId("Strategic Finance");
        var area = framework.area(finance);
        structure.saveArea(finance, new AreaForm(area.name(), area.directorateId(), area.adCommissioningId(),
                Set.of(personId("tom.nguyen"))));

        // the demo intention owned by the old AD Delivery now has nobody to report it: ticked off
        long quarterId = context.getBean(QuarterService.class).open(uk.co.goldenthread.TestTimetable.of(2032, 2),
                "Intention to be given to the new AD Delivery").id();
        ReturnSummary ret = journeys.returnOf(quarterId, "Strategic Finance");
        assertThat(ret.adDeliveryName()).isEqualTo("Tom Nguyen");
        journeys.fillIn(ret.id(), Map.of("FIN01", "85"));
        LineDetails fin01 = journeys.get(ret.id(), "tom.nguyen").lines().stream()
                .filter(l -> l.measure().code().equals("FIN01")).findFirst().orElseThrow();

        assertThat(fin01.lastFourQuarters()).first().satisfies(v -> {
            assertThat(v.period()).isEqualTo(new FinancialQuarter(2032, 1));
            assertThat(v.value()).isEqualByComparingTo("80");
        });
        assertThat(fin01.directionOnPreviousQuarter()).isNotEqualTo(DirectionOfTravel.UNKNOWN);
    }
}
