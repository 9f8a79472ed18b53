package uk.co.goldenthread.framework;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.performance.Polarity;

/** A new measure as the Performance Team defines it. */
public record MeasureDraft(String code, MeasureKind kind, String title, String definition, MeasureUnit unit,
        int decimalPlaces, Polarity polarity, @Nullable BigDecimal tolerance, @Nullable BigDecimal bandLower,
        @Nullable BigDecimal bandUpper, long areaId, @Nullable Long objectiveId,
        long reportedById, @Nullable BigDecimal baselineValue, @Nullable String baselinePeriod) {
}
