package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A change no bigger than this counts as stable: an absolute amount in the measure's unit, or a percentage of the
 * earlier value. The default is zero: any change is a change.
 */
public record StableWithin(BigDecimal amount, boolean percentOfEarlier) {

    public static final StableWithin ZERO = new StableWithin(BigDecimal.ZERO, false);

    public static StableWithin absolute(BigDecimal amount) {
        return new StableWithin(amount.abs(), false);
    }

    public static StableWithin percent(BigDecimal percent) {
        return new StableWithin(percent.abs(), true);
    }

    /** Whether a change of {@code change} from {@code earlier} is small enough to be called stable. */
    boolean covers(BigDecimal change, BigDecimal earlier) {
        BigDecimal allowed = percentOfEarlier
                ? earlier.abs().multiply(amount).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64)
                : amount;
        return change.abs().compareTo(allowed) <= 0;
    }

    /** Words for the threshold, e.g. "0.5 points" or "2% of the earlier value". */
    String describe(ValueFormat format) {
        return percentOfEarlier ? amount.stripTrailingZeros().toPlainString() + "% of the earlier value"
                : format.difference(amount);
    }
}
