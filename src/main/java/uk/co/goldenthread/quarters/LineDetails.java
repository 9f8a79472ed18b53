package uk.co.goldenthread.quarters;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.performance.DirectionOfTravel;
import uk.co.goldenthread.performance.Rag;

/**
 * One measure of a return: its value beside its target and baseline, the RAG that follows, the last four quarters'
 * values and the direction of travel against the previous quarter and the same quarter last year. A line not due
 * this quarter (annual, termly) carries its latest value read-only, with the period it is as at.
 */
public record LineDetails(long lineId, MeasureSummary measure, @Nullable BigDecimal target, @Nullable BigDecimal value,
        @Nullable String commentary, Rag rag, List<PeriodValue> lastFourQuarters,
        @Nullable PeriodValue sameQuarterLastYear, @Nullable String noDataReason,
        List<RemedialActionEntry> remedialActions, @Nullable String commissioningCommentary,
        @Nullable String dataAsAt, boolean due) {

    public DirectionOfTravel directionOnPreviousQuarter() {
        return directionOnPreviousQuarter(value);
    }

    public DirectionOfTravel directionOnLastYear() {
        return directionOnLastYear(value);
    }

    /** The direction a value (e.g. one being typed) would have against the previous quarter. */
    public DirectionOfTravel directionOnPreviousQuarter(@Nullable BigDecimal current) {
        return DirectionOfTravel.between(lastFourQuarters.isEmpty() ? null : lastFourQuarters.getFirst().value(),
                current, measure.ragRule());
    }

    /** The direction a value would have against the same quarter last year. */
    public DirectionOfTravel directionOnLastYear(@Nullable BigDecimal current) {
        return DirectionOfTravel.between(sameQuarterLastYear == null ? null : sameQuarterLastYear.value(), current,
                measure.ragRule());
    }
}
