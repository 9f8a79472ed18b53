package uk.co.goldenthread.framework.versions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;

/** A framework version, with how many measures it introduced and retired. */
public record FrameworkVersionSummary(long id, String name, LocalDate cutOverDate, @Nullable FinancialQuarter firstReported,
        LocalDateTime createdAt, String createdBy, long introduced, long retired,
        @Nullable Integer existingMeasureCount, @Nullable Integer newMeasureCount) {

    /** "23 existing, 40 new (as the paper says)", or blank when the paper gives no counts. */
    public String paperCounts() {
        if (existingMeasureCount == null && newMeasureCount == null) {
            return "";
        }
        return (existingMeasureCount == null ? "?" : existingMeasureCount) + " existing, "
                + (newMeasureCount == null ? "?" : newMeasureCount) + " new (as the paper says)";
    }
}
