package uk.co.goldenthread.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.performance.Assurance;
import uk.co.goldenthread.performance.ProcessLimits;
import uk.co.goldenthread.performance.SpcPoint;
import uk.co.goldenthread.performance.SpcResult;
import uk.co.goldenthread.performance.Variation;

/**
 * An XmR chart in the style of Making Data Count: mean, process limits (dashed), the latest target, special-cause
 * points by shape and colour (improvement a diamond, concern a triangle, neither a square; common cause a small
 * dot), and the variation and assurance icons with their words.
 */
final class SpcChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;

    private SpcChart() {
    }

    static String render(ChartData data, SpcResult spc) {
        List<SpcPoint> points = spc.points();
        List<BigDecimal> scale = new ArrayList<>();
        points.forEach(p -> {
            scale.add(p.value());
            if (p.limits() != null) {
                scale.add(p.limits().lower());
                scale.add(p.limits().upper());
            }
        });
        BigDecimal target = latestTarget(data);
        if (target != null) {
            scale.add(target);
        }
        SvgWriter svg = new SvgWriter(Ids.of("spc", data), WIDTH, HEIGHT,
                "Statistical process control chart of " + data.title(), describe(spc));
        Plot plot = new Plot(70, WIDTH - 45, 80, HEIGHT - 40, points.size(), scale);
        Axes.draw(svg, plot, new ChartData(data.title(), data.format(), points.stream()
                .map(p -> ChartPoint.of(p.period(), p.value(), null)).toList(), null));
        limitLines(svg, plot, points, ProcessLimits::mean, false, "mean");
        limitLines(svg, plot, points, ProcessLimits::upper, true, "limit");
        limitLines(svg, plot, points, ProcessLimits::lower, true, "limit");
        if (target != null) {
            svg.line(plot.left, plot.y(target), plot.right, plot.y(target), ChartColours.TARGET, 2, true);
        }
        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            line.add(new double[] {plot.x(i), plot.y(points.get(i).value())});
        }
        svg.polyline(line, ChartColours.VALUE, 1.5, false, "values");
        for (int i = 0; i < points.size(); i++) {
            Marker.draw(svg, plot.x(i), plot.y(points.get(i).value()), points.get(i));
        }
        icons(svg, spc);
        legend(svg, target != null);
        return svg.end();
    }

    private static void limitLines(SvgWriter svg, Plot plot, List<SpcPoint> points,
            Function<ProcessLimits, BigDecimal> line, boolean dashed, String cssClass) {
        double half = plot.step() / 2;
        int start = 0;
        for (int i = 1; i <= points.size(); i++) {
            if (i == points.size() || points.get(i).limits() != points.get(start).limits()) {
                ProcessLimits limits = points.get(start).limits();
                if (limits != null) {
                    double y = plot.y(line.apply(limits));
                    double x1 = Math.max(plot.left, plot.x(start) - (start == 0 ? 0 : half));
                    double x2 = Math.min(plot.right, plot.x(i - 1) + (i == points.size() ? 0 : half));
                    svg.polyline(List.of(new double[] {x1, y}, new double[] {x2, y}), dashed ? ChartColours.LIMIT
                            : ChartColours.INK, dashed ? 1.5 : 1, dashed, cssClass);
                }
                start = i;
            }
        }
    }

    private static void icons(SvgWriter svg, SpcResult spc) {
        Variation variation = spc.variation();
        String colour = variation.isImprovement() ? ChartColours.IMPROVEMENT : variation.isConcern()
                ? ChartColours.CONCERN : variation.isSpecialCause() ? ChartColours.NEITHER : ChartColours.LIMIT;
        svg.circle(84, 24, 14, colour, false, "variation-icon").text(84, 29, variation.letter(), 13, "middle", true);
        svg.text(104, 22, "Variation: " + variation.label(), 11, "start", false);
        Assurance assurance = spc.assurance();
        String assuranceColour = assurance == Assurance.CONSISTENTLY_PASSING ? ChartColours.IMPROVEMENT
                : assurance == Assurance.CONSISTENTLY_FAILING ? ChartColours.CONCERN : ChartColours.LIMIT;
        svg.circle(384, 24, 14, assuranceColour, false, "assurance-icon")
                .text(384, 29, assurance.letter(), 13, "middle", true);
        svg.text(404, 22, "Assurance: " + assurance.label().split(":")[0], 11, "start", false);
        if (spc.trial()) {
            svg.text(404, 38, "Trial limits", 11, "start", false);
        }
    }

    private static void legend(SvgWriter svg, boolean target) {
        double y = 58;
        svg.line(70, y, 90, y, ChartColours.INK, 1, false).text(95, y + 4, "Mean", 11, "start", false);
        svg.line(135, y, 155, y, ChartColours.LIMIT, 1.5, true).text(160, y + 4, "Process limits", 11, "start", false);
        double x = 250;
        if (target) {
            svg.line(x, y, x + 20, y, ChartColours.TARGET, 2, true).text(x + 25, y + 4, "Target", 11, "start", false);
            x += 75;
        }
        svg.polygon(new double[][] {{x, y - 5}, {x + 5, y}, {x, y + 5}, {x - 5, y}}, ChartColours.IMPROVEMENT, "legend")
                .text(x + 9, y + 4, "Improvement", 11, "start", false);
        x += 90;
        svg.polygon(new double[][] {{x, y - 5}, {x + 5, y + 4}, {x - 5, y + 4}}, ChartColours.CONCERN, "legend")
                .text(x + 9, y + 4, "Concern", 11, "start", false);
        x += 70;
        svg.rect(x - 4, y - 4, 8, 8, ChartColours.NEITHER, true, "legend")
                .text(x + 9, y + 4, "Neither", 11, "start", false);
    }

    private static @Nullable BigDecimal latestTarget(ChartData data) {
        for (int i = data.points().size() - 1; i >= 0; i--) {
            if (data.points().get(i).target() != null) {
                return data.points().get(i).target();
            }
        }
        return null;
    }

    private static String describe(SpcResult spc) {
        String text = spc.points().size() + " points. " + spc.summary();
        ProcessLimits limits = spc.latestLimits();
        long special = spc.points().stream().filter(SpcPoint::isSpecialCause).count();
        return text + (limits == null ? "" : " " + special + " points show special cause variation.")
                + " Rules: " + spc.ruleSet() + ".";
    }
}
