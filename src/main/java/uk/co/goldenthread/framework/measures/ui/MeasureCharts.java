package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.ui.Markup;
import uk.co.goldenthread.charts.ChartData;
import uk.co.goldenthread.charts.ChartPoint;
import uk.co.goldenthread.charts.ChartTable;
import uk.co.goldenthread.charts.SvgCharts;
import uk.co.goldenthread.framework.ReportedValue;
import uk.co.goldenthread.framework.measures.MeasureDetails;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.performance.SpcResult;

/**
 * A measure's full history as a trend chart with its target line, or as an SPC chart; one chart per commissioning
 * area that reports it (an "All ADs" measure has several), each with its data table.
 */
class MeasureCharts extends Section {

    private final Div charts = new Div();
    private final List<ChartData> series;
    private final MeasureSummary measure;

    MeasureCharts(MeasureDetails details) {
        measure = details.measure();
        series = series(details);
        add(new H3("Trend"));
        if (series.isEmpty() || series.stream().allMatch(s -> s.points().isEmpty())) {
            add(new Paragraph("No values reported yet, so there is no chart."));
            return;
        }
        var spc = new Checkbox("Show the statistical process control chart");
        spc.addValueChangeListener(e -> show(e.getValue()));
        add(spc, charts);
        show(false);
    }

    private void show(boolean spc) {
        charts.removeAll();
        for (ChartData data : series) {
            if (!spc) {
                charts.add(Markup.of("measure-chart").chart(SvgCharts.trend(data), ChartTable.of(data), true).build());
                continue;
            }
            SpcResult result = SvgCharts.analyse(data, measure.ragRule(), measure.spcSettings());
            charts.add(new Paragraph(result.summary()),
                    Markup.of("measure-chart").chart(SvgCharts.spc(data, result), ChartTable.of(data, result), true)
                            .build());
        }
    }

    private static List<ChartData> series(MeasureDetails details) {
        MeasureSummary m = details.measure();
        Map<String, List<ReportedValue>> byArea = new LinkedHashMap<>();
        details.values().stream().filter(v -> v.value() != null)
                .sorted(Comparator.comparingInt(v -> v.quarter().index()))
                .forEach(v -> byArea.computeIfAbsent(v.areaName(), a -> new ArrayList<>()).add(v));
        List<ChartData> series = new ArrayList<>();
        if (byArea.isEmpty() && !details.pastValues().isEmpty()) {
            byArea.put("", List.of());
        }
        byArea.forEach((area, values) -> {
            List<ChartPoint> points = new ArrayList<>();
            int firstReported = values.isEmpty() ? Integer.MAX_VALUE
                    : values.getFirst().quarter().index();
            details.pastValues().stream().filter(p -> p.order() < firstReported).forEach(p -> points.add(
                    new ChartPoint(p.period(), p.value(), null, p.provisional(), true, smallNumber(m, p.count()))));
            values.forEach(v -> points.add(new ChartPoint(v.quarter().label(), v.value(),
                    target(details, v.quarter()), v.open(), false)));
            FinancialQuarter last = values.isEmpty() ? new FinancialQuarter(
                    details.pastValues().getLast().financialYear(), 4) : values.getLast().quarter();
            String title = m.code() + " " + m.title() + (byArea.size() > 1 ? " (" + area + ")" : "");
            series.add(new ChartData(title, m.unit().valueFormat(m.decimalPlaces()), points,
                    new FinancialQuarter(last.financialYear() - 1, last.quarter()).label()));
        });
        return series;
    }

    /** Whether a count is below the measure's minimum, so that its value is a small number, not rated. */
    private static boolean smallNumber(MeasureSummary m, @Nullable BigDecimal count) {
        BigDecimal minimum = m.ratingSettings().minimumDenominator();
        return minimum != null && count != null && count.compareTo(minimum) < 0;
    }

    /** The quarter's own target, else its financial year's. */
    private static @Nullable BigDecimal target(MeasureDetails details, FinancialQuarter quarter) {
        BigDecimal yearly = null;
        for (MeasureDetails.Target t : details.targets()) {
            if (t.financialYear() == quarter.financialYear()) {
                if (t.quarter() != null && t.quarter() == quarter.quarter()) {
                    return t.value();
                }
                if (t.quarter() == null) {
                    yearly = t.value();
                }
            }
        }
        return yearly;
    }
}
