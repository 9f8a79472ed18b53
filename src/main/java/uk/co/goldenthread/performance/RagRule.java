package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Green when the value meets or beats the target in the measure's polarity; amber when it misses by no more than
 * the tolerance; red otherwise; grey when there is no target or no data. A band is green inside its limits.
 */
public record RagRule(@Nullable Polarity polarity, @Nullable BigDecimal tolerance, @Nullable BigDecimal bandLower,
        @Nullable BigDecimal bandUpper) {

    public static RagRule of(Polarity polarity, @Nullable BigDecimal tolerance) {
        return new RagRule(polarity, tolerance, null, null);
    }

    /** For a measure whose polarity is not known yet: nothing can be rated. */
    public static RagRule unrated() {
        return new RagRule(null, null, null, null);
    }

    public Rag rate(@Nullable BigDecimal value, @Nullable BigDecimal target) {
        if (value == null || polarity == null) {
            return Rag.GREY;
        }
        BigDecimal shortfall = switch (polarity) {
            case HIGHER_IS_BETTER -> target == null ? null : target.subtract(value);
            case LOWER_IS_BETTER -> target == null ? null : value.subtract(target);
            case WITHIN_BAND -> bandShortfall(value);
        };
        if (shortfall == null) {
            return Rag.GREY;
        }
        if (shortfall.signum() <= 0) {
            return Rag.GREEN;
        }
        BigDecimal allowed = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
        return shortfall.compareTo(allowed) <= 0 ? Rag.AMBER : Rag.RED;
    }

    private @Nullable BigDecimal bandShortfall(BigDecimal value) {
        if (bandLower == null || bandUpper == null) {
            return null;
        }
        BigDecimal low = bandLower.min(bandUpper);
        BigDecimal high = bandLower.max(bandUpper);
        if (value.compareTo(low) < 0) {
            return low.subtract(value);
        }
        return value.compareTo(high) > 0 ? value.subtract(high) : BigDecimal.ZERO;
    }
}
