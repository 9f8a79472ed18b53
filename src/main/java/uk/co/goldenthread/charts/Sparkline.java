package uk.co.goldenthread.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A word-sized line of the last eight periods, its latest point marked, with a sentence for screen readers. */
final class Sparkline {

    static final int PERIODS = 8;
    static final int WIDTH = 120;
    static final int HEIGHT = 32;

    private Sparkline() {
    }

    static String render(ChartData all) {
        ChartData data = all.last(PERIODS);
        List<BigDecimal> values = data.points().stream().map(ChartPoint::value).toList();
        SvgWriter svg = new SvgWriter(Ids.of("spark", data), WIDTH, HEIGHT,
                "Sparkline of " + data.title() + ": last " + data.points().size() + " periods", describe(data));
        Plot plot = new Plot(4, WIDTH - 6, 4, HEIGHT - 4, data.points().size(), values);
        List<double[]> line = new ArrayList<>();
        double[] latest = null;
        for (int i = 0; i < data.points().size(); i++) {
            BigDecimal value = data.points().get(i).value();
            if (value != null) {
                latest = new double[] {plot.x(i), plot.y(value)};
                line.add(latest);
            }
        }
        svg.polyline(line, ChartColours.VALUE, 1.5, false, "values");
        if (latest != null) {
            svg.circle(latest[0], latest[1], 2.5, ChartColours.INK, true, "latest");
        }
        return svg.end();
    }

    private static String describe(ChartData data) {
        List<ChartPoint> known = data.points().stream().filter(p -> p.value() != null).toList();
        if (known.isEmpty()) {
            return "No values yet.";
        }
        ChartPoint first = known.getFirst();
        ChartPoint last = known.getLast();
        BigDecimal low = known.stream().map(ChartPoint::value).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = known.stream().map(ChartPoint::value).max(BigDecimal::compareTo).orElseThrow();
        return "From " + data.format().value(first.knownValue()) + " in " + first.period() + " to "
                + data.format().value(last.knownValue()) + " in " + last.period() + "; lowest "
                + data.format().value(low) + ", highest " + data.format().value(high) + ".";
    }
}
