package uk.co.goldenthread.charts;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.performance.RagRule;
import uk.co.goldenthread.performance.SpcResult;
import uk.co.goldenthread.performance.SpcSettings;
import uk.co.goldenthread.performance.XmrChart;

/**
 * The charts of a measure as SVG text: each has a title and description for screen readers, no script, and is
 * shown with its {@link ChartTable}. The same SVG goes on screen and into the HTML and PDF pack.
 */
public final class SvgCharts {

    private SvgCharts() {
    }

    /** The last eight periods as a line, 120 × 32 pixels. */
    public static String sparkline(ChartData data) {
        return Sparkline.render(data);
    }

    /** Every period, with the target line and the same period last year marked, 640 × 260 pixels. */
    public static String trend(ChartData data) {
        return TrendChart.render(data);
    }

    /** The XmR chart of an SPC result computed from the same data, 640 × 300 pixels. */
    public static String spc(ChartData data, SpcResult spc) {
        return SpcChart.render(data, spc);
    }

    /** The XmR chart computed here, in the measure's polarity against its latest target. */
    public static String spc(ChartData data, RagRule rule, SpcSettings settings) {
        return spc(data, analyse(data, rule, settings));
    }

    /** The SPC result the chart and its table show, judged against the latest target. */
    public static SpcResult analyse(ChartData data, RagRule rule, SpcSettings settings) {
        return XmrChart.analyse(data.observations(), rule, latestTarget(data), settings);
    }

    private static @Nullable BigDecimal latestTarget(ChartData data) {
        for (int i = data.points().size() - 1; i >= 0; i--) {
            if (data.points().get(i).target() != null) {
                return data.points().get(i).target();
            }
        }
        return null;
    }
}
