package uk.co.goldenthread.performance;

import java.math.BigDecimal;

/** A direction of travel against one earlier period, with the sentence that explains it. */
public record Travel(DirectionOfTravel direction, String explanation) {

    /** The direction from {@code earlier} to {@code current}, in the settings' polarity and stable-within threshold. */
    public static Travel between(Observation earlier, Observation current, RatingSettings settings) {
        DirectionOfTravel direction = DirectionOfTravel.between(earlier.value(), current.value(), settings.rag(),
                settings.stableWithin());
        ValueFormat format = settings.format();
        BigDecimal now = current.value();
        BigDecimal before = earlier.value();
        if (direction == DirectionOfTravel.UNKNOWN || now == null || before == null) {
            String why = now == null ? "no value for " + current.period()
                    : before == null ? "no value for " + earlier.period() : "no polarity set";
            return new Travel(DirectionOfTravel.UNKNOWN, DirectionOfTravel.UNKNOWN.word() + ": " + why);
        }
        String comparison = direction.word() + ": " + format.value(now) + " against "
                + format.value(before) + " in " + earlier.period();
        if (direction == DirectionOfTravel.STABLE && settings.stableWithin().amount().signum() > 0) {
            comparison += ", a change within " + settings.stableWithin().describe(format);
        }
        return new Travel(direction, comparison);
    }
}
