package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureFilter;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.measures.SpcLimits;
import uk.co.goldenthread.performance.Observation;
import uk.co.goldenthread.performance.SpcResult;

/**
 * A measure's SPC limits can be fixed at a baseline and recalculated from change points (Making Data Count): kept on
 * the measure, audited, refused beside the field when they are not quarters, and used by the line card's chart.
 */
class SpcLimitSettingsTest extends PerformanceTeamTest {

    @Autowired
    FrameworkAdminService admin;
    @Autowired
    MeasureQueryService measureQueries;
    @Autowired
    FrameworkService framework;
    @Autowired
    AuditLog audit;

    @Test
    void theSettingsAreKeptAuditedOnceAndWrittenAsQuarters() {
        MeasureSummary fin01 = fin01();
        int before = history(fin01.id()).size();
        admin.updateMeasure(fin01.id(), with(measureQueries.measureForm(fin01.id()), "q4 2020/21",
                "Q1 2021/22, Q3 2022/23"));
        assertThat(history(fin01.id()).subList(before, history(fin01.id()).size()))
                .extracting(AuditRecord::field, AuditRecord::oldValue, AuditRecord::newValue)
                .containsExactly(tuple("Measure FIN01 SPC limits fixed until", null, "Q4 2020/21"),
                        tuple("Measure FIN01 SPC change points", null, "Q1 2021/22; Q3 2022/23"));
        admin.updateMeasure(fin01.id(), measureQueries.measureForm(fin01.id()));
        assertThat(history(fin01.id())).as("saving it unchanged records nothing").hasSize(before + 2);

        MeasureSummary saved = framework.measure(fin01.id());
        assertThat(saved.spcSettings().fixedUntil()).isEqualTo("Q4 2020/21");
        assertThat(saved.spcSettings().changePoints()).containsExactly("Q1 2021/22", "Q3 2022/23");
    }

    @Test
    void settingsThatAreNotQuartersOrFallInsideTheBaselineAreRefusedBesideTheirFields() {
        MeasureSummary fin01 = fin01();
        MeasureForm form = measureQueries.measureForm(fin01.id());
        assertThatThrownBy(() -> admin.updateMeasure(fin01.id(), with(form, "Q5 2020", "Q1 2021/22; next year")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(SpcLimits.FIXED_UNTIL, "Write the last quarter of the baseline as Q4 2020/21, "
                                + "or leave it blank to set the limits from every point.")
                        .containsEntry(SpcLimits.CHANGE_POINTS, "'next year' is not a quarter: write each as Q1 "
                                + "2021/22, with ; between them."));
        assertThatThrownBy(() -> admin.updateMeasure(fin01.id(), with(form, "Q4 2020/21", "Q2 2020/21")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(SpcLimits.CHANGE_POINTS, "Q2 2020/21 is within the fixed baseline (to "
                                + "Q4 2020/21): a change point starts a new process after it."));
        assertThat(framework.measure(fin01.id()).spcSettings().fixedUntil()).as("nothing saved").isNull();
    }

    @Test
    void theLineCardsChartTakesItsLimitsFromTheBaselineTheMeasureNames() {
        MeasureSummary fin01 = fin01();
        // eight quarters: 10, 12, 10, 12 (the baseline), then a new level of 30
        List<PeriodValue> newestFirst = new ArrayList<>();
        String[] values = {"10", "12", "10", "12", "30", "31", "30"};
        for (int i = 0; i < values.length; i++) {
            newestFirst.addFirst(new PeriodValue(new FinancialQuarter(2029, 1).plus(i), new BigDecimal(values[i])));
        }
        SpcResult standard = line(fin01, newestFirst).assessment(new BigDecimal("31"), false, null).spc();

        admin.updateMeasure(fin01.id(), with(measureQueries.measureForm(fin01.id()), "Q4 2029/30", null));
        SpcResult fixed = line(framework.measure(fin01.id()), newestFirst).assessment(new BigDecimal("31"), false, null)
                .spc();

        assertThat(fixed.latestLimits().mean()).as("the mean of the baseline's four points").isEqualByComparingTo("11");
        assertThat(standard.latestLimits().mean()).as("the mean of every point").isGreaterThan(new BigDecimal("19"));
        assertThat(fixed.points().getLast().isSpecialCause()).as("31 is far outside the baseline's limits").isTrue();
    }

    private static LineDetails line(MeasureSummary measure, List<PeriodValue> newestFirst) {
        BigDecimal target = new BigDecimal("20");
        return new LineDetails(1, measure, target, new BigDecimal("31"), null,
                measure.ratingSettings().rate(Observation.of("this quarter", new BigDecimal("31")), target),
                newestFirst.subList(0, 4), null, null, List.of(), null, null, true, false, null, newestFirst);
    }

    private static MeasureForm with(MeasureForm f, String fixedUntil, String changePoints) {
        return new MeasureForm(f.code(), f.kind(), f.title(), f.definition(), f.unit(), f.decimalPlaces(), f.polarity(),
                f.bandLower(), f.bandUpper(), f.tolerance(), f.frequency(), f.dataSource(), f.baselineValue(),
                f.baselinePeriod(), f.areaId(), f.outcomeId(), f.ownerId(), f.allAds(), f.proxy(), f.proxyRationale(),
                f.status(), f.novelty(), f.oba(), f.scorecardBlock(), f.improvementCategory(), f.improvementLeadId(),
                f.notes(), f.stableWithin(), f.stableWithinPercent(), f.minimumCount(), fixedUntil, changePoints);
    }

    private MeasureSummary fin01() {
        return measureQueries.findMeasures(new MeasureFilter("FIN01", null, null, null, null), 0, 10).stream()
                .filter(m -> m.code().equals("FIN01")).findFirst().orElseThrow();
    }

    private List<AuditRecord> history(long measureId) {
        return audit.history(FrameworkAdminService.AUDIT_SUBJECT, measureId);
    }
}
