package uk.co.goldenthread.charts;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.performance.Observation;
import uk.co.goldenthread.performance.ValueFormat;

/**
 * What every chart of a measure is drawn from: the measure's title (for the text alternative), how its values are
 * written, its periods oldest first, and which period is the same period last year (marked on the trend chart).
 */
public record ChartData(String title, ValueFormat format, List<ChartPoint> points,
        @Nullable String samePeriodLastYear) {

    public ChartData {
        points = List.copyOf(points);
    }

    /** The last {@code count} periods, for a sparkline. */
    public ChartData last(int count) {
        return new ChartData(title, format, points.subList(Math.max(0, points.size() - count), points.size()),
                samePeriodLastYear);
    }

    /** The periods as the performance engine reads them, for SPC. */
    public List<Observation> observations() {
        return points.stream().map(p -> new Observation(p.period(), p.value(), p.provisional(), null)).toList();
    }
}
