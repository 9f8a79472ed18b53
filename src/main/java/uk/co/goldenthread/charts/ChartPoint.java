package uk.co.goldenthread.charts;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One period of a measure as a chart shows it: the period ("Q3 2019/20"), its value and target (either may be
 * missing), whether the value is provisional or imported history, and whether its count is below the measure's
 * minimum (a small number, not rated).
 */
public record ChartPoint(String period, @Nullable BigDecimal value, @Nullable BigDecimal target, boolean provisional,
        boolean importedHistory, boolean smallNumber) {

    public ChartPoint(String period, @Nullable BigDecimal value, @Nullable BigDecimal target, boolean provisional,
            boolean importedHistory) {
        this(period, value, target, provisional, importedHistory, false);
    }

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
