package uk.co.goldenthread.quarters;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.performance.DirectionOfTravel;
import uk.co.goldenthread.performance.Directions;
import uk.co.goldenthread.performance.Observation;
import uk.co.goldenthread.performance.PerformanceAssessment;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.performance.RagAssessment;

/**
 * One measure of a return: its value beside its target and baseline, the rating that follows (with its flag and the
 * sentence that explains it), the last four quarters' values and the directions of travel against the previous
 * quarter and the same quarter last year, all in the measure's own rating settings. A line not due this quarter
 * (annual, termly) carries its latest value read-only, with the period it is as at. A provisional value is shown
 * flagged and never red; the count is the denominator behind the value, for a measure with a minimum count.
 */
public record LineDetails(long lineId, MeasureSummary measure, @Nullable BigDecimal target, @Nullable BigDecimal value,
        @Nullable String commentary, RagAssessment rating, List<PeriodValue> lastFourQuarters,
        @Nullable PeriodValue sameQuarterLastYear, @Nullable String noDataReason,
        List<RemedialActionEntry> remedialActions, @Nullable String commissioningCommentary,
        @Nullable String dataAsAt, boolean due, boolean provisional, @Nullable BigDecimal count,
        List<PeriodValue> recentQuarters) {

    /** The line card's trend shows eight periods: this one and the seven before it ({@link #recentQuarters}). */
    public static final int EARLIER_PERIODS = 7;

    /** The colour shown: a flagged value (small number, provisional) that would be red is grey. */
    public Rag rag() {
        return rating.rag();
    }

    public DirectionOfTravel directionOnPreviousQuarter() {
        return directions(value).onPreviousPeriod().direction();
    }

    public DirectionOfTravel directionOnLastYear() {
        return directions(value).onSamePeriodLastYear().direction();
    }

    /** The value as the measure writes it, flagged when provisional: "80.5% (provisional)". */
    public String valueText() {
        return measure.format(value) + (value != null && provisional ? " (provisional)" : "");
    }

    /**
     * The whole assessment of a value (e.g. one being typed) with the recent quarters, oldest first: its rating, both
     * directions, the SPC chart of the eight periods (trial limits; provisional points never shape them) and whether
     * rating and chart disagree.
     */
    public PerformanceAssessment assessment(@Nullable BigDecimal current, boolean provisionalNow,
            @Nullable BigDecimal countNow) {
        List<Observation> history = new java.util.ArrayList<>();
        recentQuarters.reversed().forEach(v -> history.add(observation(v)));
        history.add(new Observation(period(), current, provisionalNow && current != null, countNow));
        return PerformanceAssessment.of(history, observation(lastFourQuarters.isEmpty() ? null
                : lastFourQuarters.getFirst()), observation(sameQuarterLastYear), target, measure.ratingSettings(),
                measure.spcSettings());
    }

    /** The directions a value (e.g. one being typed) would have, each with the sentence that explains it. */
    public Directions directions(@Nullable BigDecimal current) {
        return Directions.of(Observation.of(period(), current), observation(lastFourQuarters.isEmpty() ? null
                : lastFourQuarters.getFirst()), observation(sameQuarterLastYear), measure.ratingSettings());
    }

    /** The direction a value (e.g. one being typed) would have against the previous quarter. */
    public DirectionOfTravel directionOnPreviousQuarter(@Nullable BigDecimal current) {
        return directions(current).onPreviousPeriod().direction();
    }

    /** The direction a value would have against the same quarter last year. */
    public DirectionOfTravel directionOnLastYear(@Nullable BigDecimal current) {
        return directions(current).onSamePeriodLastYear().direction();
    }

    private String period() {
        return dataAsAt == null ? "this quarter" : dataAsAt;
    }

    private static @Nullable Observation observation(@Nullable PeriodValue value) {
        return value == null ? null : new Observation(value.period().label(), value.value(), value.provisional(),
                null);
    }
}
