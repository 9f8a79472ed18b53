package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the screens and the pack say about a measure's latest value: its rating and why, both directions of
 * travel, its SPC chart, and whether rating and chart disagree.
 */
public record PerformanceAssessment(RagAssessment rating, Directions directions, SpcResult spc,
        @Nullable String disagreement) {

    /**
     * Assesses the last observation of {@code history} (oldest first) against {@code target}; {@code previous} and
     * {@code samePeriodLastYear} are the observations to compare with, when there are any.
     */
    public static PerformanceAssessment of(List<Observation> history, @Nullable Observation previous,
            @Nullable Observation samePeriodLastYear, @Nullable BigDecimal target, RatingSettings settings,
            SpcSettings spcSettings) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("An assessment needs at least the current observation");
        }
        Observation current = history.getLast();
        RagAssessment rating = settings.rate(current, target);
        SpcResult spc = XmrChart.analyse(history, settings.rag(), target, spcSettings);
        return new PerformanceAssessment(rating, Directions.of(current, previous, samePeriodLastYear, settings), spc,
                rating.flag() == null ? RagSpcDisagreement.between(rating.rag(), spc) : null);
    }
}
