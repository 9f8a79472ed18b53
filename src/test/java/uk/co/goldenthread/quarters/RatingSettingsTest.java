package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.measures.MeasureFilter;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;
import uk.co.goldenthread.packs.snapshot.SnapshotAssembler;
import uk.co.goldenthread.performance.DirectionOfTravel;

/**
 * A measure's own rating settings (what counts as a stable change) are stored with it, audited, and used by every
 * rating of it: the return, and the pack's snapshot that the public pages are drawn from.
 */
class RatingSettingsTest extends PerformanceTeamTest {

    @Autowired
    FrameworkAdminService admin;
    @Autowired
    MeasureQueryService measureQueries;
    @Autowired
    FrameworkService framework;
    @Autowired
    AuditLog audit;

    @Test
    void aChangeWithinTheMeasuresStableThresholdIsStableOnTheReturnAndInThePack() {
        MeasureSummary fin01 = fin01();
        settle(fin01.id(), new BigDecimal("1"), false);
        var journeys = new Journeys(context);
        journeys.completeAll(journeys.openQuarter(2033, 1).id(), Map.of("FIN01", "80"));
        QuarterSummary q2 = journeys.openQuarter(2033, 2);
        ReturnSummary ret = journeys.returnOf(q2.id(), "Strategic Finance");
        journeys.fillIn(ret.id(), Map.of("FIN01", "80.5"));

        ReturnDetails details = journeys.get(ret.id(), "priya.shah");
        LineDetails line = details.lines().stream().filter(l -> l.measure().code().equals("FIN01")).findFirst()
                .orElseThrow();
        assertThat(line.directionOnPreviousQuarter()).isEqualTo(DirectionOfTravel.STABLE);
        assertThat(line.directions(line.value()).onPreviousPeriod().explanation()).contains("a change within");
        assertThat(line.directionOnPreviousQuarter(new BigDecimal("81.5"))).isEqualTo(DirectionOfTravel.IMPROVING);

        PackSnapshot snapshot = context.getBean(SnapshotAssembler.class).assemble(q2, List.of(details), 1,
                LocalDateTime.of(2033, 9, 1, 9, 0), "Performance Team", null);
        assertThat(snapshot.measures()).filteredOn(m -> m.code().equals("FIN01")).singleElement()
                .satisfies(m -> assertThat(m.directionOnPreviousPeriod()).isEqualTo("Stable"));
    }

    @Test
    void aPercentageThresholdIsAPercentageOfTheEarlierValue() {
        MeasureSummary fin01 = fin01();
        settle(fin01.id(), new BigDecimal("2"), true);
        var journeys = new Journeys(context);
        journeys.completeAll(journeys.openQuarter(2033, 1).id(), Map.of("FIN01", "80"));
        ReturnSummary ret = journeys.returnOf(journeys.openQuarter(2033, 2).id(), "Strategic Finance");
        LineDetails line = journeys.get(ret.id(), "priya.shah").lines().stream()
                .filter(l -> l.measure().code().equals("FIN01")).findFirst().orElseThrow();

        assertThat(line.directionOnPreviousQuarter(new BigDecimal("81.6"))).isEqualTo(DirectionOfTravel.STABLE);
        assertThat(line.directionOnPreviousQuarter(new BigDecimal("78.4"))).isEqualTo(DirectionOfTravel.STABLE);
        assertThat(line.directionOnPreviousQuarter(new BigDecimal("81.7"))).isEqualTo(DirectionOfTravel.IMPROVING);
    }

    @Test
    void changingTheSettingsIsAuditedAndSavingThemUnchangedRecordsNothing() {
        MeasureSummary fin01 = fin01();
        int before = history(fin01.id()).size();
        settle(fin01.id(), new BigDecimal("0"), false);
        assertThat(history(fin01.id())).hasSize(before);

        settle(fin01.id(), new BigDecimal("2.5"), true);
        MeasureForm form = measureQueries.measureForm(fin01.id());
        admin.updateMeasure(fin01.id(), withMinimumCount(form, new BigDecimal("10")));
        List<AuditRecord> changes = history(fin01.id()).subList(before, history(fin01.id()).size());
        assertThat(changes).extracting(AuditRecord::field, AuditRecord::oldValue, AuditRecord::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Measure FIN01 Stable within", null, "2.5%"),
                        org.assertj.core.groups.Tuple.tuple("Measure FIN01 Minimum count", null, "10"));
        assertThat(changes).allSatisfy(c -> assertThat(c.actor()).isEqualTo("priya.shah"));

        admin.updateMeasure(fin01.id(), measureQueries.measureForm(fin01.id()));
        assertThat(history(fin01.id())).hasSize(before + 2);
        MeasureSummary saved = framework.measures(List.of(fin01.id())).get(fin01.id());
        assertThat(saved.ratingSettings().minimumDenominator()).isEqualByComparingTo("10");
        assertThat(saved.ratingSettings().stableWithin().percentOfEarlier()).isTrue();
    }

    private MeasureSummary fin01() {
        return measureQueries.findMeasures(new MeasureFilter("FIN01", null, null, null, null), 0, 10).stream()
                .filter(m -> m.code().equals("FIN01")).findFirst().orElseThrow();
    }

    private void settle(long measureId, BigDecimal amount, boolean percent) {
        MeasureForm f = measureQueries.measureForm(measureId);
        admin.updateMeasure(measureId, new MeasureForm(f.code(), f.kind(), f.title(), f.definition(), f.unit(),
                f.decimalPlaces(), f.polarity(), f.bandLower(), f.bandUpper(), f.tolerance(), f.frequency(),
                f.dataSource(), f.baselineValue(), f.baselinePeriod(), f.areaId(), f.outcomeId(), f.ownerId(),
                f.allAds(), f.proxy(), f.proxyRationale(), f.status(), f.novelty(), f.oba(), f.scorecardBlock(),
                f.improvementCategory(), f.improvementLeadId(), f.notes(), amount, percent, f.minimumCount(),
                f.spcFixedUntil(), f.spcChangePoints()));
    }

    private static MeasureForm withMinimumCount(MeasureForm f, BigDecimal minimum) {
        return new MeasureForm(f.code(), f.kind(), f.title(), f.definition(), f.unit(), f.decimalPlaces(),
                f.polarity(), f.bandLower(), f.bandUpper(), f.tolerance(), f.frequency(), f.dataSource(),
                f.baselineValue(), f.baselinePeriod(), f.areaId(), f.outcomeId(), f.ownerId(), f.allAds(), f.proxy(),
                f.proxyRationale(), f.status(), f.novelty(), f.oba(), f.scorecardBlock(), f.improvementCategory(),
                f.improvementLeadId(), f.notes(), f.stableWithin(), f.stableWithinPercent(), minimum, f.spcFixedUntil(),
                f.spcChangePoints());
    }

    private List<AuditRecord> history(long measureId) {
        return audit.history(FrameworkAdminService.AUDIT_SUBJECT, measureId);
    }
}
