package uk.co.goldenthread.quarters.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.AdminUiTest;
import uk.co.goldenthread.ScreenText;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.measures.MeasureTargetService;

/** The performance engine and charts where people read them: a return's line card and the measure page. */
class ChartsOnScreensTest extends AdminUiTest {

    @Test
    void aLineCardSaysWhyItIsAmberBothDirectionsAndShowsASparklineWithItsTable() {
        var journeys = new Journeys(context);
        SignIn.as(context, "priya.shah");
        long fin01 = context.getBean(FrameworkService.class).activeMeasures().stream()
                .filter(m -> m.code().equals("FIN01")).findFirst().orElseThrow().id();
        context.getBean(MeasureTargetService.class).setTarget(fin01, 2033, null, new BigDecimal("90.0"));
        for (int quarter = 1; quarter <= 2; quarter++) {
            long id = journeys.returnOf(journeys.openQuarter(2033, quarter).id(), "Strategic Finance").id();
            journeys.fillIn(id, Map.of("FIN01", quarter == 1 ? "85.0" : "88.0"));
        }
        long current = journeys.returnOf(journeys.openQuarter(2033, 3).id(), "Strategic Finance").id();
        signInAndOpen("james.lewis", "returns/" + current);

        _setValue(_get(card("FIN01"), TextField.class, s -> s.withLabel("Value")), "87.5");
        String text = ScreenText.of(card("FIN01"));
        assertThat(text).contains("Why is this amber?: Amber: 87.5% is 2.5 points below the target of 90.0%, "
                        + "within the tolerance of 5.0 points",
                "Against the previous quarter: Worsening: 87.5% against 88.0% in Q2 2033/34",
                "Against the same quarter last year: No comparison: no value for the same period last year",
                "Data table: Values of FIN01");
        assertThat(ScreenText.markup(card("FIN01"))).contains("<title", "Sparkline of FIN01",
                "From 85.0% in Q1 2033/34 to 87.5% in this quarter");
        assertThat(ScreenText.markup(card("FIN01"))).contains("<th scope=\"row\">Q2 2033/34</th><td>88.0%</td>");

        _setValue(_get(card("FIN01"), TextField.class, s -> s.withLabel("Value")), "95");
        assertThat(ScreenText.of(card("FIN01"))).contains("Why is this green?: Green: 95.0% is 5.0 "
                + "points above the target of 90.0%", "Improving: 95.0% against 88.0% in Q2 2033/34");
    }

    @Test
    void aLineCardShowsEightQuartersSaysWhenRatingAndChartDisagreeAndFlagsAProvisionalValue() {
        var journeys = new Journeys(context);
        String[] values = {"95.0", "96.0", "95.0", "96.0", "95.0", "96.0", "95.0"};
        for (int i = 0; i < values.length; i++) {
            // Q4 2025/26 to Q2 2027/28: years with targets that no test leaves quarters behind in
            long id = journeys.returnOf(journeys.openQuarter(2025 + (i + 3) / 4, (i + 3) % 4 + 1).id(),
                    "Strategic Finance").id();
            journeys.fillIn(id, Map.of("FIN01", values[i]));
        }
        long current = journeys.returnOf(journeys.openQuarter(2027, 3).id(), "Strategic Finance").id();
        signInAndOpen("james.lewis", "returns/" + current);

        _setValue(_get(card("FIN01"), TextField.class, s -> s.withLabel("Value")), "90.5");
        assertThat(ScreenText.of(card("FIN01"))).contains("Why is this green?",
                "Rating and chart disagree: Green on target, but the latest point is a special cause concern");
        assertThat(ScreenText.markup(card("FIN01"))).contains("<th scope=\"row\">Q4 2025/26</th><td>95.0%</td>",
                "<th scope=\"row\">Q2 2027/28</th><td>95.0%</td>");
        assertThat(ScreenText.markup(card("FIN01"))).contains("From 95.0% in Q4 2025/26 to 90.5% in this quarter");

        _setValue(_get(card("FIN01"), TextField.class, s -> s.withLabel("Value")), "50");
        _setValue(_get(card("FIN01"), Checkbox.class, s -> s.withLabel("Provisional value")), true);
        assertThat(ScreenText.of(card("FIN01"))).contains("○ Provisional",
                "Why is this not rated?: Provisional: 50.0% is 40.0 points below the target of 90.0%")
                .doesNotContain("Red");
    }

    @Test
    void theMeasurePageShowsTheTrendWithItsTargetAndAnSpcToggle() {
        var journeys = new Journeys(context);
        SignIn.as(context, "priya.shah");
        long fin01 = context.getBean(FrameworkService.class).activeMeasures().stream()
                .filter(m -> m.code().equals("FIN01")).findFirst().orElseThrow().id();
        context.getBean(MeasureTargetService.class).setTarget(fin01, 2034, null, new BigDecimal("90.0"));
        String[] values = {"85.0", "88.0", "86.0", "91.0"};
        for (int quarter = 1; quarter <= 4; quarter++) {
            long id = journeys.returnOf(journeys.openQuarter(2034, quarter).id(), "Strategic Finance").id();
            journeys.fillIn(id, Map.of("FIN01", values[quarter - 1]));
        }
        signInAndOpen("priya.shah", "measures/FIN01");
        assertThat(pageText()).contains("Trend", "Data table: Values of FIN01");
        assertThat(ScreenText.markup(null)).contains("Trend of FIN01", "class=\"target\"");
        assertThat(ScreenText.markup(null)).contains("<th scope=\"row\">Q4 2034/35</th><td>91.0%</td><td>90.0%</td>");

        _setValue(_get(Checkbox.class, s -> s.withLabel("Show the statistical process control chart")), true);
        assertThat(ScreenText.markup(null)).contains("Statistical process control chart of FIN01", "Variation: ",
                "NHS England Making Data Count");
        assertThat(pageText()).contains("Data table: Process control of FIN01");
        assertThat(ScreenText.markup(null)).contains("Upper process limit");
    }

    private static Section card(String code) {
        return _get(Section.class, s -> s.withClasses("measure-card").withPredicate(section -> section.getChildren()
                .anyMatch(c -> c instanceof H3 h && h.getText().startsWith(code + " "))));
    }
}
