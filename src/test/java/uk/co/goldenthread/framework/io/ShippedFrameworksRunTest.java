package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.TestTimetable;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.performance.Polarity;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.MeasureRoute;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.ReturnDetails;

/**
 * Each shipped framework runs a whole quarter: imported, then a quarter opened in which every one of its measures is
 * in a return, as a line to fill in or (not due) carried with its latest value. Warwickshire's data follow the paper.
 */
class ShippedFrameworksRunTest extends PerformanceTeamTest {

    @Autowired
    FrameworkImportService imports;
    @Autowired
    FrameworkService framework;
    @Autowired
    QuarterService quarters;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"warwickshire-2019", "essex-2014-18", "kent-2015-19", "hampshire-2010-11"})
    void everyMeasureOfTheFrameworkReachesAReturnInAQuarter(String name) {
        imports.loadShipped(name, new ImportOptions(false, "Demo intention left behind"), ProgressListener.NONE);
        String prefix = switch (name) {
            case "warwickshire-2019" -> "WAR-";
            case "essex-2014-18" -> "ESS-";
            case "kent-2015-19" -> "KEN-";
            default -> "HAM-";
        };
        Map<String, Frequency> frequencies = framework.activeMeasures().stream()
                .filter(m -> m.code().startsWith(prefix))
                .collect(Collectors.toMap(MeasureSummary::code, MeasureSummary::frequency));
        Set<String> codes = frequencies.keySet();
        assertThat(codes).isNotEmpty();
        for (int quarter : List.of(3, 4)) {
            var period = new FinancialQuarter(2031, quarter);
            List<MeasureRoute> routes = quarters.preview(period).routes().stream()
                    .filter(r -> r.code().startsWith(prefix)).toList();
            assertThat(routes).as("no measure or intention of " + name + " goes nowhere")
                    .filteredOn(MeasureRoute::goesNowhere).isEmpty();

            // the demo's own intention loses its AD when Warwickshire takes over Strategic Finance: ticked off
            long quarterId = quarters.open(TestTimetable.of(2031, quarter), "Demo intention left behind").id();
            Map<String, Boolean> lines = quarters.returnDetailsOf(quarterId).stream()
                    .flatMap((ReturnDetails d) -> d.lines().stream())
                    .collect(Collectors.toMap(l -> l.measure().code(), LineDetails::due, (a, b) -> a || b));
            assertThat(lines.keySet()).as("every measure of " + name + " is in a return in " + period.label())
                    .containsAll(codes);
            // a measure with no new data this quarter (annual before Q4, termly in Q2) is carried, not asked for
            assertThat(codes).allSatisfy(code -> assertThat(lines.get(code))
                    .as(code + " (" + frequencies.get(code).label() + ") is due in " + period.label())
                    .isEqualTo(frequencies.get(code).isDueIn(quarter)));
            if (quarter == 3) {
                assertThat(codes).as(name + " has annual measures, carried in Q3 with their latest value")
                        .anyMatch(code -> !lines.get(code));
            }
            assertThat(routes).filteredOn(r -> codes.contains(r.code()))
                    .allSatisfy(r -> assertThat(r.note()).as(r.code() + " in " + period.label()).isEqualTo(
                            frequencies.get(r.code()).isDueIn(quarter) ? null : "not due this period: shown with latest value"));
        }
    }

    @Test
    void warwickshireFollowsThePaperAndSaysWhereItIsSilent() {
        imports.loadShipped("warwickshire-2019", new ImportOptions(false, "Demo intention left behind"), ProgressListener.NONE);
        Map<String, MeasureSummary> byCode = framework.activeMeasures().stream()
                .collect(Collectors.toMap(MeasureSummary::code, m -> m));
        assertThat(List.of("WAR-KBM-07", "WAR-KBM-19", "WAR-KBM-32", "WAR-KBM-33", "WAR-KBM-43"))
                .allSatisfy(code -> assertThat(byCode.get(code).frequency()).as(code).isEqualTo(Frequency.ANNUAL));
        assertThat(byCode.get("WAR-KBM-02").frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(byCode.get("WAR-KBM-02").notes()).contains("Frequency: the paper gives none");
        assertThat(byCode.get("WAR-KBM-01").polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(byCode.get("WAR-KBM-04").polarity()).isEqualTo(Polarity.WITHIN_BAND);
        assertThat(byCode.get("WAR-KBM-04").bandLower()).isEqualByComparingTo("-2");
        assertThat(byCode.get("WAR-KBM-19").proxy()).isFalse();
        assertThat(byCode.get("WAR-KBM-17").proxy()).isTrue();
        assertThat(byCode.get("WAR-KBM-07").unit().label()).isEqualTo("%");
        assertThat(byCode.values()).filteredOn(m -> m.code().startsWith("WAR-")).allSatisfy(m ->
                assertThat(m.frequency() == Frequency.ANNUAL || m.notes() != null && m.notes().contains("Frequency:"))
                        .as(m.code() + " has a frequency from the paper's words or a note saying it has none").isTrue());

        assertThat(jdbc.queryForMap("SELECT existing_measure_count, new_measure_count FROM framework_version "
                + "WHERE name = 'Commissioning Intentions Performance Framework 2019'"))
                .containsEntry("existing_measure_count", 23).containsEntry("new_measure_count", 40);
        assertThat(imports.previewShipped("warwickshire-2019", ProgressListener.NONE).changesNothing()).isTrue();
    }

    @Test
    void anAnnualWarwickshireMeasureIsCarriedNotAskedForInQ3() {
        imports.loadShipped("warwickshire-2019", new ImportOptions(false, "Demo intention left behind"), ProgressListener.NONE);
        List<MeasureRoute> routes = quarters.preview(new FinancialQuarter(2031, 3)).routes();
        assertThat(routes).filteredOn(r -> r.code().equals("WAR-KBM-43")).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("not due this period: shown with latest value"));
        assertThat(routes).filteredOn(r -> r.code().equals("WAR-KBM-02")).singleElement()
                .satisfies(r -> assertThat(r.note()).isNull());
    }
}
