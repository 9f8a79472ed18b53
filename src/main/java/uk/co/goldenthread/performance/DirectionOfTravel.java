package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Whether a measure is improving, stable or worsening against an earlier value, in the measure's polarity. Shown
 * with a symbol and a word, never by colour alone. A band measure improves as it moves towards (or into) its band.
 */
public enum DirectionOfTravel {
    IMPROVING("↑", "Improving"),
    STABLE("→", "Stable"),
    WORSENING("↓", "Worsening"),
    UNKNOWN("–", "No comparison");

    private final String symbol;
    private final String word;

    DirectionOfTravel(String symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    public String symbol() {
        return symbol;
    }

    public String word() {
        return word;
    }

    public String label() {
        return symbol + " " + word;
    }

    /** The direction from an earlier value to the current one; unknown without both values or a polarity. */
    public static DirectionOfTravel between(@Nullable BigDecimal earlier, @Nullable BigDecimal current, RagRule rule) {
        return between(earlier, current, rule, StableWithin.ZERO);
    }

    /** As {@link #between(BigDecimal, BigDecimal, RagRule)}, calling a change no bigger than the threshold stable. */
    public static DirectionOfTravel between(@Nullable BigDecimal earlier, @Nullable BigDecimal current, RagRule rule,
            StableWithin stableWithin) {
        if (earlier == null || current == null || rule.polarity() == null) {
            return UNKNOWN;
        }
        if (stableWithin.covers(current.subtract(earlier), earlier)) {
            return STABLE;
        }
        BigDecimal gain = switch (rule.polarity()) {
            case HIGHER_IS_BETTER -> current.subtract(earlier);
            case LOWER_IS_BETTER -> earlier.subtract(current);
            case WITHIN_BAND -> distanceFromBand(earlier, rule).subtract(distanceFromBand(current, rule));
        };
        return gain.signum() > 0 ? IMPROVING : gain.signum() < 0 ? WORSENING : STABLE;
    }

    private static BigDecimal distanceFromBand(BigDecimal value, RagRule rule) {
        if (rule.bandLower() == null || rule.bandUpper() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal low = rule.bandLower().min(rule.bandUpper());
        BigDecimal high = rule.bandLower().max(rule.bandUpper());
        if (value.compareTo(low) < 0) {
            return low.subtract(value);
        }
        return value.compareTo(high) > 0 ? value.subtract(high) : BigDecimal.ZERO;
    }
}
