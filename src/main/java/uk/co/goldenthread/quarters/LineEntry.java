package uk.co.goldenthread.quarters;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an AD Delivery typed for one measure: the value as text (checked against the unit), commentary, or "no data
 * this period" with a reason, and remedial actions for a measure off target.
 */
public record LineEntry(long lineId, @Nullable String value, @Nullable String commentary,
        @Nullable String noDataReason, List<RemedialActionEntry> remedialActions) {

    public LineEntry(long lineId, @Nullable String value, @Nullable String commentary) {
        this(lineId, value, commentary, null, List.of());
    }
}
