package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A measure's settings for rating its values: polarity, tolerance and band; what counts as stable; the smallest
 * denominator or count that is rated at all (none: every value is rated); and how its values are written.
 */
public record RatingSettings(RagRule rag, StableWithin stableWithin, @Nullable BigDecimal minimumDenominator,
        ValueFormat format) {

    public static RatingSettings of(RagRule rag, ValueFormat format) {
        return new RatingSettings(rag, StableWithin.ZERO, null, format);
    }

    public RatingSettings withStableWithin(StableWithin threshold) {
        return new RatingSettings(rag, threshold, minimumDenominator, format);
    }

    public RatingSettings withMinimumDenominator(@Nullable BigDecimal minimum) {
        return new RatingSettings(rag, stableWithin, minimum, format);
    }

    /** The rating of one observation against its target, explained in words. */
    public RagAssessment rate(Observation observation, @Nullable BigDecimal target) {
        return RagExplanation.assess(this, observation, target);
    }
}
