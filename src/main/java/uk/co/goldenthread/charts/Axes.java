package uk.co.goldenthread.charts;

/** The value axis (three labelled lines) and the period labels under a chart, thinned so they never overlap. */
final class Axes {

    private Axes() {
    }

    static void draw(SvgWriter svg, Plot plot, ChartData data) {
        for (double fraction : new double[] {0, 0.5, 1}) {
            var value = plot.valueAt(fraction);
            double y = plot.y(value);
            svg.line(plot.left, y, plot.right, y, "#d8dde0", 1, false);
            svg.text(plot.left - 6, y + 4, data.format().value(value), 11, "end", false);
        }
        int count = data.points().size();
        int every = Math.max(1, (int) Math.ceil(count / Math.max(1.0, (plot.right - plot.left) / 80)));
        for (int i = 0; i < count; i++) {
            if (i % every == 0 || i == count - 1 && count - 1 - (i / every) * every >= every / 2) {
                svg.text(plot.x(i), plot.bottom + 18, data.points().get(i).period(), 10, "middle", false);
            }
        }
    }
}
