package uk.co.goldenthread.framework;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.performance.Polarity;
import uk.co.goldenthread.performance.RagRule;

/** Everything a return or a pack needs to know about a measure. */
public record MeasureView(long id, String code, MeasureKind kind, String title, String definition, MeasureUnit unit,
        int decimalPlaces, Polarity polarity, @Nullable BigDecimal tolerance, @Nullable BigDecimal bandLower,
        @Nullable BigDecimal bandUpper, @Nullable BigDecimal baselineValue, @Nullable String baselinePeriod,
        long areaId, String areaName, String directorateName, @Nullable String objective, long reportedById) {

    public RagRule ragRule() {
        return new RagRule(polarity, tolerance, bandLower, bandUpper);
    }

    public String format(@Nullable BigDecimal value) {
        return unit.format(value, decimalPlaces);
    }
}
