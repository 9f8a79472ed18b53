package uk.co.goldenthread.charts;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/** Where values and periods fall on a chart's drawing area; values become pixels only here, never in calculations. */
final class Plot {

    final double left;
    final double right;
    final double top;
    final double bottom;
    private final int periods;
    private final double low;
    private final double high;

    Plot(double left, double right, double top, double bottom, int periods, Collection<BigDecimal> values) {
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
        this.periods = periods;
        double min = values.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = values.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double pad = max == min ? Math.max(1, Math.abs(max) * 0.1) : (max - min) * 0.08;
        low = min - pad;
        high = max + pad;
    }

    double x(int index) {
        return periods <= 1 ? (left + right) / 2 : left + (right - left) * index / (periods - 1);
    }

    double y(BigDecimal value) {
        return bottom - (bottom - top) * (value.doubleValue() - low) / (high - low);
    }

    /** The value at a fraction of the height, for axis labels. */
    BigDecimal valueAt(double fraction) {
        return BigDecimal.valueOf(low + (high - low) * fraction);
    }

    double step() {
        return periods <= 1 ? right - left : (right - left) / (periods - 1);
    }
}
