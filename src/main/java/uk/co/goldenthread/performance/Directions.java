package uk.co.goldenthread.performance;

import org.jspecify.annotations.Nullable;

/** Both directions of travel of a value: against the previous period and against the same period last year. */
public record Directions(Travel onPreviousPeriod, Travel onSamePeriodLastYear) {

    /** Either earlier observation may be missing: that comparison is then "No comparison". */
    public static Directions of(Observation current, @Nullable Observation previous,
            @Nullable Observation samePeriodLastYear, RatingSettings settings) {
        return new Directions(travel(previous, current, settings, "the previous period"),
                travel(samePeriodLastYear, current, settings, "the same period last year"));
    }

    private static Travel travel(@Nullable Observation earlier, Observation current, RatingSettings settings,
            String which) {
        if (earlier == null) {
            return new Travel(DirectionOfTravel.UNKNOWN, DirectionOfTravel.UNKNOWN.word() + ": no value for " + which);
        }
        return Travel.between(earlier, current, settings);
    }
}
