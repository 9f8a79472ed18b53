package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.TestMeasure;

/** A measure with no new data this quarter is on the return read-only, with its latest value and "data as at". */
class NotDueLinesTest extends PerformanceTeamTest {

    @Autowired
    FrameworkAdminService admin;
    @Autowired
    ReturnService returns;

    @Test
    void anAnnualMeasureIsCarriedWithItsLatestValueAndCannotBeChanged() {
        var annual = new TestMeasure("ANN03", "Residents satisfied with the council");
        annual.frequency = Frequency.ANNUAL;
        annual.areaId = areaId("Strategic Finance");
        admin.addMeasure(annual.form());
        var journeys = new Journeys(context);
        journeys.completeAll(journeys.openQuarter(2031, 4).id(), Map.of("ANN03", "77"));

        long quarterId = journeys.openQuarter(2032, 1).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        LineDetails line = line(journeys.get(finance, "james.lewis"), "ANN03");

        assertThat(line.due()).isFalse();
        assertThat(line.value()).isEqualByComparingTo("77");
        assertThat(line.dataAsAt()).isEqualTo("Q4 2031/32");
        ReturnDetails ret = journeys.get(finance, "james.lewis");
        assertThatThrownBy(() -> returns.save(ReturnEdit.ofLines(finance, ret.version(), List.of(new LineEntry(line.lineId(), "80",
                null, null, List.of(), null))))).isInstanceOf(DomainException.class)
                .hasMessageContaining("ANN03 is not due");

        journeys.fillIn(finance, Map.of());
        journeys.submit(finance);
        SignIn.as(context, "priya.shah");
        assertThat(line(journeys.get(finance, "james.lewis"), "ANN03").value()).isEqualByComparingTo("77");
        assertThat(journeys.get(finance, "james.lewis").status()).isEqualTo(ReturnStatus.SUBMITTED);
    }

    private static LineDetails line(ReturnDetails ret, String code) {
        return ret.lines().stream().filter(l -> l.measure().code().equals(code)).findFirst().orElseThrow();
    }
}
