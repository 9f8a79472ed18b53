package uk.co.goldenthread.framework;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.measures.SpcLimits;
import uk.co.goldenthread.performance.Polarity;
import uk.co.goldenthread.performance.RagRule;
import uk.co.goldenthread.performance.RatingSettings;
import uk.co.goldenthread.performance.SpcSettings;
import uk.co.goldenthread.performance.StableWithin;

/** Everything the rest of the application needs to know about a measure. */
public record MeasureSummary(long id, String code, MeasureKind kind, String title, String definition, MeasureUnit unit,
        int decimalPlaces, @Nullable Polarity polarity, @Nullable BigDecimal tolerance, @Nullable BigDecimal bandLower,
        @Nullable BigDecimal bandUpper, @Nullable BigDecimal baselineValue, @Nullable String baselinePeriod,
        @Nullable Long areaId, String areaName, String directorateName, @Nullable String objective,
        @Nullable String outcomeCode, @Nullable Long ownerId, boolean allAds, Frequency frequency,
        @Nullable String dataSource, boolean proxy, @Nullable String proxyRationale, MeasureStatus status,
        @Nullable Novelty novelty, @Nullable ObaQuestion oba, @Nullable ScorecardBlock scorecardBlock,
        @Nullable ImprovementCategory improvementCategory, @Nullable Long improvementLeadId, @Nullable String notes,
        @Nullable BigDecimal stableWithin, boolean stableWithinPercent, @Nullable BigDecimal minimumCount,
        @Nullable String spcFixedUntil, @Nullable String spcChangePoints) {

    /** The RAG rule of this measure; without a polarity every value rates grey. */
    public RagRule ragRule() {
        return polarity == null ? RagRule.unrated() : new RagRule(polarity, tolerance, bandLower, bandUpper);
    }

    /**
     * Everything every rating of this measure uses, on every screen and in the pack: the RAG rule, the stable-within
     * threshold of its directions of travel, the minimum count below which a value is not rated, and its format.
     */
    public RatingSettings ratingSettings() {
        return new RatingSettings(ragRule(), stableWithin == null ? StableWithin.ZERO
                : stableWithinPercent ? StableWithin.percent(stableWithin) : StableWithin.absolute(stableWithin),
                minimumCount, unit.valueFormat(decimalPlaces));
    }

    /** How this measure's SPC chart sets its limits: every screen, the pack and the public pages use it. */
    public SpcSettings spcSettings() {
        return new SpcSettings(spcFixedUntil, SpcLimits.quarters(spcChangePoints));
    }

    public String polarityLabel() {
        return polarity == null ? "not set" : polarity.label();
    }

    public String format(@Nullable BigDecimal value) {
        return unit.format(value, decimalPlaces);
    }
}
