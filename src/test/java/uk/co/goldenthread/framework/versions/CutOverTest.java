package uk.co.goldenthread.framework.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.measures.MeasureRevisionService;
import uk.co.goldenthread.quarters.ReturnSummary;

/** A framework version's cut-over date decides what a quarter reports: the measures in force on its first day. */
class CutOverTest extends PerformanceTeamTest {

    @Autowired
    FrameworkAdminService admin;
    @Autowired
    MeasureQueryService queries;
    @Autowired
    MeasureRevisionService revisions;
    @Autowired
    FrameworkVersionService versions;

    @Test
    void aRevisionInAugustWithAnOctoberCutOverKeepsTheOldMeasureInQ2AndTheSuccessorFromQ3() {
        var measure = new TestMeasure("CUT01", "No. of things counted");
        measure.areaId = areaId("Strategic Finance");
        long measureId = admin.addMeasure(measure.form()).id();
        long version = versions.addVersion(new FrameworkVersionForm("Framework from October 2033",
                LocalDate.of(2033, 10, 1), 2033, 3)).id();
        measure.title = "No. of things counted twice";
        revisions.reviseMeasure(measureId, version, "CUT02", measure.form());

        var journeys = new Journeys(context);
        assertThat(codes(journeys, journeys.openQuarter(2033, 2).id())).contains("CUT01").doesNotContain("CUT02");
        assertThat(codes(journeys, journeys.openQuarter(2033, 3).id())).contains("CUT02").doesNotContain("CUT01");
    }

    @Test
    void aMeasureRevisedForACutOverIsNotRevisedAgainForIt() {
        var measure = new TestMeasure("CUT03", "No. of things weighed");
        measure.areaId = areaId("Strategic Finance");
        long measureId = admin.addMeasure(measure.form()).id();
        long version = versions.addVersion(new FrameworkVersionForm("Framework from January 2034",
                LocalDate.of(2034, 1, 1), 2033, 4)).id();
        revisions.reviseMeasure(measureId, version, "CUT04", measure.form());

        assertThatThrownBy(() -> revisions.reviseMeasure(measureId, version, "CUT05", measure.form()))
                .isInstanceOf(DomainException.class).hasMessageContaining("CUT03 is already revised")
                .hasMessageContaining("1 Jan 2034");
        assertThat(queries.countMeasures(new uk.co.goldenthread.framework.measures.MeasureFilter(
                "CUT05", null, null, null, null))).isZero();
    }

    private static List<String> codes(Journeys journeys, long quarterId) {
        ReturnSummary finance = journeys.returnOf(quarterId, "Strategic Finance");
        return journeys.get(finance.id(), "priya.shah").lines().stream().map(l -> l.measure().code()).toList();
    }
}
