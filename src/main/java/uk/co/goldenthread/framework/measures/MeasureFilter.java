package uk.co.goldenthread.framework.measures;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.ImprovementCategory;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;

/** What the measures list is narrowed to; every part is optional. */
public record MeasureFilter(@Nullable String text, @Nullable MeasureKind kind, @Nullable MeasureStatus status,
        @Nullable Long directorateId, @Nullable ImprovementCategory improvementCategory) {

    public static MeasureFilter none() {
        return new MeasureFilter(null, null, null, null, null);
    }

    /** The search text as a case-insensitive "contains" pattern, or null to match everything. */
    @Nullable String pattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.UK).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
