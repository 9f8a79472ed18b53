package uk.co.goldenthread.packs.render;

import java.util.List;
import uk.co.goldenthread.charts.ChartData;
import uk.co.goldenthread.charts.ChartPoint;
import uk.co.goldenthread.charts.SvgCharts;
import uk.co.goldenthread.packs.snapshot.PackSnapshot.Measure;
import uk.co.goldenthread.performance.ValueFormat;

/** A measure's recent values as the charts module's trend chart (SVG), always followed by its data table. */
final class TrendChart {

    private TrendChart() {
    }

    static String svg(Measure m) {
        List<ChartPoint> points = m.history().stream().map(v -> new ChartPoint(v.period(), v.value(),
                v.period().equals(m.dataAsAt()) ? m.target() : null, v.provisional(), false)).toList();
        return SvgCharts.trend(new ChartData(m.code() + " " + m.title(), format(m), points, null));
    }

    static ValueFormat format(Measure m) {
        return switch (m.unit()) {
            case "%" -> ValueFormat.percent(m.decimalPlaces());
            case "£" -> new ValueFormat("£", "", m.decimalPlaces(), false);
            case "days" -> new ValueFormat("", " days", m.decimalPlaces(), false);
            case "kg" -> new ValueFormat("", " kg", m.decimalPlaces(), false);
            default -> ValueFormat.number(m.decimalPlaces());
        };
    }
}
