package uk.co.goldenthread.framework;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.performance.Polarity;

/** A new measure with the essentials; the rest of its properties are set through the import or the admin screens. */
public record MeasureDraft(String code, MeasureKind kind, String title, String definition, MeasureUnit unit,
        int decimalPlaces, @Nullable Polarity polarity, @Nullable BigDecimal tolerance, @Nullable BigDecimal bandLower,
        @Nullable BigDecimal bandUpper, @Nullable Long areaId, @Nullable Long outcomeId, @Nullable Long ownerId,
        @Nullable BigDecimal baselineValue, @Nullable String baselinePeriod) {
}
