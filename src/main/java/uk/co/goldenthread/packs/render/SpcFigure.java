package uk.co.goldenthread.packs.render;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.charts.ChartData;
import uk.co.goldenthread.charts.ChartPoint;
import uk.co.goldenthread.charts.ChartTable;
import uk.co.goldenthread.charts.SvgCharts;
import uk.co.goldenthread.packs.snapshot.PackSnapshot.Measure;
import uk.co.goldenthread.performance.Polarity;
import uk.co.goldenthread.performance.RagRule;
import uk.co.goldenthread.performance.SpcResult;
import uk.co.goldenthread.performance.SpcSettings;

/**
 * A measure's XmR chart in the pack, from the snapshot's history (provisional points drawn hollow and kept out of the
 * limits): the charts module's SVG, the sentence that sums it up and its data table, which always goes with it.
 */
public record SpcFigure(String svg, String summary, ChartTable table) {

    /** The figure of a measure with at least two values in its history; null otherwise (nothing to chart). */
    public static @Nullable SpcFigure of(Measure m) {
        if (m.history().size() < 2) {
            return null;
        }
        List<ChartPoint> points = m.history().stream().map(v -> new ChartPoint(v.period(), v.value(),
                v.period().equals(m.dataAsAt()) ? m.target() : null, v.provisional(), false)).toList();
        ChartData data = new ChartData(m.code() + " " + m.title(), TrendChart.format(m), points, null);
        SpcResult result = SvgCharts.analyse(data, rule(m), SpcSettings.STANDARD);
        return new SpcFigure(SvgCharts.spc(data, result), result.summary(), ChartTable.of(data, result));
    }

    private static RagRule rule(Measure m) {
        for (Polarity p : Polarity.values()) {
            if (p.label().equals(m.polarity())) {
                return new RagRule(p, m.tolerance(), m.bandLower(), m.bandUpper());
            }
        }
        return RagRule.unrated();
    }
}
