package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.ui.Facts;
import uk.co.goldenthread.base.ui.Markup;
import uk.co.goldenthread.charts.ChartData;
import uk.co.goldenthread.charts.ChartPoint;
import uk.co.goldenthread.charts.ChartTable;
import uk.co.goldenthread.charts.SvgCharts;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.performance.Directions;
import uk.co.goldenthread.performance.PerformanceAssessment;
import uk.co.goldenthread.performance.RagAssessment;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.PeriodValue;

/**
 * A line's performance in words and a picture: why it has its rating, both directions of travel, whether rating and
 * SPC chart disagree, and a sparkline of the last eight quarters with its data table. Redrawn as a value is typed.
 */
class LinePerformance extends Div {

    static final String THIS_QUARTER = "this quarter";

    private final LineDetails line;

    LinePerformance(LineDetails line) {
        this.line = line;
        addClassName("line-performance");
        update(line.value(), line.provisional(), line.count());
    }

    /** Redraws for a value as typed, with whether it is marked provisional and the count behind it. */
    void update(@Nullable BigDecimal current, boolean provisional, @Nullable BigDecimal count) {
        removeAll();
        PerformanceAssessment assessment = line.assessment(current, provisional, count);
        RagAssessment rating = assessment.rating();
        Directions directions = assessment.directions();
        var facts = new Facts().fact(rating.flag() == null ? "Why is this " + rating.rag().word().toLowerCase() + "?"
                : "Why is this not rated?", rating.explanation())
                .fact("Against the previous quarter", directions.onPreviousPeriod().explanation())
                .fact("Against the same quarter last year", directions.onSamePeriodLastYear().explanation());
        if (assessment.disagreement() != null) {
            facts.fact("Rating and chart disagree", assessment.disagreement(), "disagreement");
        }
        var shown = Markup.of("line-performance-facts").facts(facts);
        ChartData data = chartData(line, THIS_QUARTER, current, provisional && current != null);
        if (data.points().stream().filter(p -> p.value() != null).count() < 2) {
            shown.paragraph("Too few quarters reported yet for a chart.");
        } else {
            shown.chart(SvgCharts.sparkline(data), ChartTable.of(data), false);
        }
        add(shown.build());
    }

    /** The line's eight quarters, oldest first, the last being {@code current} under the name {@code currentPeriod}. */
    static ChartData chartData(LineDetails line, String currentPeriod, @Nullable BigDecimal current,
            boolean provisional) {
        List<ChartPoint> points = new ArrayList<>();
        List<PeriodValue> earlier = new ArrayList<>(line.recentQuarters());
        java.util.Collections.reverse(earlier);
        earlier.forEach(v -> points.add(new ChartPoint(v.period().label(), v.value(), null, v.provisional(), false)));
        points.add(new ChartPoint(currentPeriod, current, line.target(), provisional, false));
        MeasureSummary m = line.measure();
        return new ChartData(m.code() + " " + m.title(), m.ratingSettings().format(), points,
                line.sameQuarterLastYear() == null ? null : line.sameQuarterLastYear().period().label());
    }
}
