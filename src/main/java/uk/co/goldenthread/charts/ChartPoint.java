package uk.co.goldenthread.charts;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One period of a measure as a chart shows it: the period ("Q3 2019/20"), its value and target (either may be
 * missing), and whether the value is provisional or imported history.
 */
public record ChartPoint(String period, @Nullable BigDecimal value, @Nullable BigDecimal target, boolean provisional,
        boolean importedHistory) {

    public static ChartPoint of(String period, @Nullable BigDecimal value, @Nullable BigDecimal target) {
        return new ChartPoint(period, value, target, false, false);
    }

    /** The value of a point already known to have one (the describers keep only those). */
    BigDecimal knownValue() {
        if (value == null) {
            throw new IllegalStateException("No value for " + period);
        }
        return value;
    }
}
