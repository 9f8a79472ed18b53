package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Rates an observation and says why, in the words a member reads: "Amber: 96.9% is 0.1 points below ...". */
final class RagExplanation {

    private RagExplanation() {
    }

    static RagAssessment assess(RatingSettings settings, Observation observation, @Nullable BigDecimal target) {
        RagRule rule = settings.rag();
        BigDecimal value = observation.value();
        ValueFormat format = settings.format();
        if (value == null) {
            return grey("no value for " + observation.period());
        }
        if (rule.polarity() == null) {
            return grey("no polarity set, so it cannot be rated");
        }
        BigDecimal minimum = settings.minimumDenominator();
        BigDecimal denominator = observation.denominator();
        if (minimum != null && denominator != null && denominator.compareTo(minimum) < 0) {
            return new RagAssessment(Rag.GREY, RagFlag.SMALL_NUMBER, "Small number: not rated. The count of "
                    + plain(denominator) + " is below the minimum of " + plain(minimum) + ".");
        }
        Rag rag = rule.rate(value, target);
        if (rag == Rag.GREY) {
            return grey(rule.polarity() == Polarity.WITHIN_BAND ? "no band set" : "no target for "
                    + observation.period());
        }
        String reason = reason(rule, rag, value, target, format);
        if (!observation.provisional()) {
            return new RagAssessment(rag, null, rag.word() + ": " + reason);
        }
        if (rag == Rag.RED) {
            return new RagAssessment(Rag.GREY, RagFlag.PROVISIONAL,
                    "Provisional: " + reason + ". It would be red; it is not rated until the value is final.");
        }
        return new RagAssessment(rag, RagFlag.PROVISIONAL, "Provisional. " + rag.word() + ": " + reason);
    }

    private static String reason(RagRule rule, Rag rag, BigDecimal value, @Nullable BigDecimal target,
            ValueFormat format) {
        String reference;
        BigDecimal gap;
        BigDecimal lower = rule.bandLower();
        BigDecimal upper = rule.bandUpper();
        if (rule.polarity() == Polarity.WITHIN_BAND) {
            if (lower == null || upper == null) {
                throw new IllegalStateException("A band is rated only when both its limits are set");
            }
            BigDecimal low = lower.min(upper);
            BigDecimal high = lower.max(upper);
            reference = "the band of " + format.value(low) + " to " + format.value(high);
            gap = value.compareTo(low) < 0 ? value.subtract(low)
                    : value.compareTo(high) > 0 ? value.subtract(high) : BigDecimal.ZERO;
            if (gap.signum() == 0) {
                return format.value(value) + " is within " + reference;
            }
        } else {
            if (target == null) {
                throw new IllegalStateException("A value is rated against a target only when there is one");
            }
            reference = "the target of " + format.value(target);
            gap = value.subtract(target);
            if (gap.signum() == 0) {
                return format.value(value) + " meets " + reference;
            }
        }
        String sentence = format.value(value) + " is " + format.difference(gap) + (gap.signum() > 0 ? " above "
                : " below ") + reference;
        BigDecimal tolerance = rule.tolerance() == null ? BigDecimal.ZERO : rule.tolerance().abs();
        return switch (rag) {
            case AMBER -> sentence + ", within the tolerance of " + format.difference(tolerance);
            case RED -> sentence + (tolerance.signum() == 0 ? ", with no tolerance"
                    : ", beyond the tolerance of " + format.difference(tolerance));
            default -> sentence;
        };
    }

    private static RagAssessment grey(String why) {
        return new RagAssessment(Rag.GREY, null, "Grey: " + why);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
