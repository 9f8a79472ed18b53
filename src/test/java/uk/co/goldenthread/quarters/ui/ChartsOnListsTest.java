package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.AdminUiTest;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.ScreenText;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.measures.MeasureTargetService;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterSummary;

/**
 * Each measure's small chart on the lists of returns (the AD Commissioning's Reviews, the Strategic Director's
 * Scorecard): rating, variation and assurance as letter and words, the sparkline's text alternative and its data
 * table. Eight quarters of FIN01 in 2034/35 and 2035/36, rolled back.
 */
class ChartsOnListsTest extends AdminUiTest {

    private static final String[] EARLIER = {"95.0", "96.0", "95.0", "96.0", "95.0", "96.0", "95.0"};

    private long latestQuarter;

    @BeforeEach
    void eightQuartersOfFin01() {
        var journeys = new Journeys(context);
        SignIn.as(context, "priya.shah");
        long fin01 = context.getBean(FrameworkService.class).activeMeasures().stream()
                .filter(m -> m.code().equals("FIN01")).findFirst().orElseThrow().id();
        context.getBean(MeasureTargetService.class).setTarget(fin01, 2034, null, new BigDecimal("90.0"));
        context.getBean(MeasureTargetService.class).setTarget(fin01, 2035, null, new BigDecimal("90.0"));
        for (int i = 0; i < 8; i++) {
            latestQuarter = journeys.openQuarter(2034 + i / 4, i % 4 + 1).id();
            long id = journeys.returnOf(latestQuarter, "Strategic Finance").id();
            journeys.fillIn(id, Map.of("FIN01", i < EARLIER.length ? EARLIER[i] : "90.5"));
        }
    }

    @Test
    void theReviewsListShowsEachMeasuresSparklineWithItsIconsInWordsAndItsDataTable() {
        signInAndOpen("clare.foster", "reviews");
        var grid = grid("Reviews");
        int row = column(grid, "return").indexOf("Q4 2035/36: Strategic Finance");
        assertThat(row).as("the latest quarter's return is listed").isNotNegative();
        assertFin01ChartIn(GridKt._getCellComponent(grid, row, "measures"));
    }

    @Test
    void theScorecardShowsEachMeasuresSparklineWithItsIconsInWordsAndItsDataTable() {
        QuarterSummary latest = context.getBean(QuarterService.class).list().stream()
                .filter(q -> q.id() == latestQuarter).findFirst().orElseThrow();
        signInAndOpen("helen.marsh", "scorecard");
        _setValue(_get(Select.class, s -> s.withLabel("Quarter")), latest);
        var grid = grid("Scorecard");
        int row = column(grid, "area").indexOf("Strategic Finance");
        assertThat(row).as("Strategic Finance's return is listed").isNotNegative();
        assertFin01ChartIn(GridKt._getCellComponent(grid, row, "measures"));
    }

    private static void assertFin01ChartIn(Component cell) {
        String text = ScreenText.of(cell);
        assertThat(text).contains("FIN01 ", "✔ Green", "Variation: L Special cause concern (low)", "Assurance: ",
                "Data table: Values of FIN01");
        assertThat(ScreenText.markup(cell)).contains("<title",
                "Sparkline of FIN01 % of capital expenditure against budget: last 8 periods",
                "From 95.0% in Q1 2034/35 to 90.5% in Q4 2035/36; lowest 90.5%, highest 96.0%.");
        assertThat(ScreenText.markup(cell)).contains("<th scope=\"row\">Q2 2034/35</th><td>96.0%</td>",
                "<th scope=\"row\">Q3 2035/36</th><td>95.0%</td>",
                "<th scope=\"row\">Q4 2035/36</th><td>90.5%</td><td>90.0%</td>");
    }
}
