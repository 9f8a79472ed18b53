package uk.co.goldenthread.framework.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureTargetService;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;
import uk.co.goldenthread.framework.quality.DataQualityReport;
import uk.co.goldenthread.framework.quality.DataQualityService;

/** The data-quality report lists each kind of gap, judged against the financial year the clock is in. */
class DataQualityServiceTest extends PerformanceTeamTest {

    @Autowired
    FrameworkAdminService admin;
    @Autowired
    MeasureTargetService targets;
    @Autowired
    MeasureRepository measures;
    @Autowired
    MeasureTargetRepository measureTargets;

    @Test
    void eachGapIsListedForMeasuresNotRetired() {
        var noBaseline = new TestMeasure("TST01", "No baseline");
        noBaseline.baseline = null;
        noBaseline.baselinePeriod = null;
        noBaseline.ownerId = personId("clare.foster");
        long withTarget = admin.addMeasure(noBaseline.form()).id();
        targets.setTarget(withTarget, 2019, null, BigDecimal.TEN);
        var allAds = new TestMeasure("TST02", "Reported by all ADs");
        allAds.allAds = true;
        admin.addMeasure(allAds.form());
        var proxy = new TestMeasure("TST03", "Proxy without rationale");
        proxy.proxy = true;
        proxy.proxyRationale = "Stands in for a survey";
        proxy.polarity = null;
        proxy.tolerance = null;
        admin.addMeasure(proxy.form());
        var retired = new TestMeasure("TST04", "Retired");
        retired.polarity = null;
        retired.tolerance = null;
        admin.retireMeasure(admin.addMeasure(retired.form()).id());
        var imported = new Measure("TST05", MeasureKind.KBI, "Imported proxy without a rationale");
        imported.setProxy(true, null);
        measures.save(imported);

        DataQualityReport q = reportOn(LocalDate.of(2020, 1, 15));

        assertThat(q.financialYear()).isEqualTo(2019);
        assertThat(codes(q.withoutBaseline())).contains("TST01", "ICT02").doesNotContain("TST02", "TST04");
        assertThat(codes(q.withoutTargetThisYear())).contains("TST02", "TST03").doesNotContain("TST01", "FIN01", "TST04");
        assertThat(codes(q.withoutOwner())).contains("TST03", "TST05").doesNotContain("TST01", "TST02", "FIN01");
        assertThat(codes(q.kbmsWithoutPolarity())).contains("TST03").doesNotContain("TST04", "TST05");
        assertThat(codes(q.proxiesWithoutRationale())).contains("TST05").doesNotContain("TST03");
        assertThat(q.problemCount()).isGreaterThanOrEqualTo(6);

        assertThat(codes(reportOn(LocalDate.of(2020, 4, 1)).withoutTargetThisYear())).as("2020/21 has begun").contains("TST01");
    }

    private DataQualityReport reportOn(LocalDate day) {
        var clock = Clock.fixed(day.atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
        return new DataQualityService(measures, measureTargets, clock).report();
    }

    private static List<String> codes(List<MeasureSummary> measures) {
        return measures.stream().map(MeasureSummary::code).toList();
    }
}
