package uk.co.goldenthread.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The full history of a measure: values as a line of dots (provisional ones hollow), the target as a dashed line,
 * and the same period last year ringed with a square, each named in a legend.
 */
final class TrendChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;

    private TrendChart() {
    }

    static String render(ChartData data) {
        List<ChartPoint> points = data.points();
        List<BigDecimal> scale = Stream.concat(points.stream().map(ChartPoint::value),
                points.stream().map(ChartPoint::target)).toList();
        SvgWriter svg = new SvgWriter(Ids.of("trend", data), WIDTH, HEIGHT, "Trend of " + data.title(),
                describe(data));
        Plot plot = new Plot(70, WIDTH - 45, 30, HEIGHT - 40, points.size(), scale);
        Axes.draw(svg, plot, data);
        List<double[]> targets = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            BigDecimal target = points.get(i).target();
            if (target != null) {
                targets.add(new double[] {plot.x(i), plot.y(target)});
            }
        }
        svg.polyline(targets, ChartColours.TARGET, 2, true, "target");
        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            BigDecimal value = points.get(i).value();
            if (value != null) {
                line.add(new double[] {plot.x(i), plot.y(value)});
            }
        }
        svg.polyline(line, ChartColours.VALUE, 2, false, "values");
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            if (point.value() == null) {
                continue;
            }
            double x = plot.x(i);
            double y = plot.y(point.value());
            svg.circle(x, y, 3.5, ChartColours.VALUE, !point.provisional(), point.provisional() ? "point provisional"
                    : "point");
            if (point.period().equals(data.samePeriodLastYear())) {
                svg.rect(x - 7, y - 7, 14, 14, ChartColours.INK, false, "same-period-last-year");
            }
        }
        legend(svg, !targets.isEmpty(), data.samePeriodLastYear() != null);
        return svg.end();
    }

    private static void legend(SvgWriter svg, boolean target, boolean lastYear) {
        double x = 70;
        svg.circle(x, 14, 3.5, ChartColours.VALUE, true, "legend").text(x + 8, 18, "Value", 11, "start", false);
        x += 60;
        if (target) {
            svg.line(x, 14, x + 20, 14, ChartColours.TARGET, 2, true).text(x + 26, 18, "Target", 11, "start", false);
            x += 80;
        }
        if (lastYear) {
            svg.rect(x, 8, 12, 12, ChartColours.INK, false, "legend")
                    .text(x + 18, 18, "Same period last year", 11, "start", false);
            x += 150;
        }
        svg.circle(x, 14, 3.5, ChartColours.VALUE, false, "legend").text(x + 8, 18, "Provisional", 11, "start", false);
    }

    private static String describe(ChartData data) {
        List<ChartPoint> known = data.points().stream().filter(p -> p.value() != null).toList();
        if (known.isEmpty()) {
            return "No values yet.";
        }
        ChartPoint last = known.getLast();
        String text = known.size() + " periods from " + known.getFirst().period() + " to " + last.period()
                + "; latest " + data.format().value(last.knownValue());
        if (last.target() != null) {
            text += " against a target of " + data.format().value(last.target());
        }
        return text + ". The table that follows gives every value.";
    }
}
