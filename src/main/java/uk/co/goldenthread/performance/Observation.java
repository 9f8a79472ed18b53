package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One period's value of a measure: the period as people write it ("Q3 2019/20", "2018/19"), the value (none when
 * missing), whether it is provisional, and the denominator or count behind it when the measure declares one.
 */
public record Observation(String period, @Nullable BigDecimal value, boolean provisional,
        @Nullable BigDecimal denominator) {

    public static Observation of(String period, @Nullable BigDecimal value) {
        return new Observation(period, value, false, null);
    }

    public static Observation provisional(String period, BigDecimal value) {
        return new Observation(period, value, true, null);
    }

    /** The value of an observation already known to have one (the chart plots only those). */
    BigDecimal knownValue() {
        if (value == null) {
            throw new IllegalStateException("No value for " + period);
        }
        return value;
    }
}
