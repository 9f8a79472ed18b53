package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import uk.co.goldenthread.base.ui.Markup;
import uk.co.goldenthread.charts.ChartData;
import uk.co.goldenthread.charts.ChartTable;
import uk.co.goldenthread.charts.SvgCharts;
import uk.co.goldenthread.performance.PerformanceAssessment;
import uk.co.goldenthread.performance.RagAssessment;
import uk.co.goldenthread.quarters.LineDetails;

/**
 * Each measure of a return in a list: its rating, the variation and assurance icons of its SPC chart (each a letter
 * and its words, never colour alone), and the sparkline of its last eight quarters with the data table beneath.
 */
class MeasureTrends extends Div {

    /** The measures of a return for {@code period}, e.g. "Q3 2034/35", the name of its latest point. */
    MeasureTrends(List<LineDetails> lines, String period) {
        addClassName("measure-trends");
        if (lines.isEmpty()) {
            add(new Paragraph("No measures in this return."));
        }
        lines.forEach(line -> add(trend(line, period)));
    }

    private static Component trend(LineDetails line, String period) {
        PerformanceAssessment assessment = line.assessment(line.value(), line.provisional(), line.count());
        var item = new Div();
        item.addClassName("measure-trend");
        var name = new Span(line.measure().code() + " " + line.measure().title());
        name.addClassName("measure-trend-name");
        item.add(name, rating(assessment.rating()), icon("Variation", assessment.spc().variation().letter(),
                assessment.spc().variation().label()), icon("Assurance", assessment.spc().assurance().letter(),
                assessment.spc().assurance().label()));
        ChartData data = LinePerformance.chartData(line, period, line.value(), line.provisional()
                && line.value() != null);
        if (data.points().stream().filter(p -> p.value() != null).count() < 2) {
            item.add(new Paragraph("Too few quarters reported yet for a chart."));
        } else {
            item.add(Markup.of("measure-trend-chart").chart(SvgCharts.sparkline(data), ChartTable.of(data), false)
                    .build());
        }
        return item;
    }

    private static Span rating(RagAssessment rating) {
        var rag = new Span(rating.label());
        rag.addClassName("rag");
        rag.getElement().setAttribute("data-rag", rating.rag().name().toLowerCase(Locale.UK));
        rag.getElement().setAttribute("title", rating.explanation());
        return rag;
    }

    /** "Variation: (H) Special cause improvement (high)": the icon's letter in a ring, then its words. */
    private static Span icon(String kind, String letter, String words) {
        var ring = new Span(letter);
        ring.addClassName("spc-icon-letter");
        ring.getElement().setAttribute("aria-hidden", "true");
        var icon = new Span(new Span(kind + ": "), ring, new Span(" " + words));
        icon.addClassName("spc-icon");
        return icon;
    }
}
