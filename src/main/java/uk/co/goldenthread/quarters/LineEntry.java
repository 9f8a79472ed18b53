package uk.co.goldenthread.quarters;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an AD Delivery typed for one measure: the value as text (checked against the unit) and the period it is
 * "data as at" when not this quarter, commentary, or "no data this period" with a reason, and remedial actions;
 * whether the value is provisional, and the count or denominator behind it (as text) when the measure asks for one.
 */
public record LineEntry(long lineId, @Nullable String value, @Nullable String commentary,
        @Nullable String noDataReason, List<RemedialActionEntry> remedialActions, @Nullable String dataAsAt,
        boolean provisional, @Nullable String count) {

    /** The longest commentary (or reason for no data) accepted, in characters; longer text is refused, not cut. */
    public static final int MAX_TEXT = 10_000;
    /** The most remedial actions a line takes: all of them, written out, fit the pack's and the audit's columns. */
    public static final int MAX_REMEDIAL_ACTIONS = 10;

    public LineEntry(long lineId, @Nullable String value, @Nullable String commentary) {
        this(lineId, value, commentary, null, List.of(), null, false, null);
    }

    public LineEntry(long lineId, @Nullable String value, @Nullable String commentary, @Nullable String noDataReason,
            List<RemedialActionEntry> remedialActions) {
        this(lineId, value, commentary, noDataReason, remedialActions, null);
    }

    /** A final value (not provisional) with no count behind it. */
    public LineEntry(long lineId, @Nullable String value, @Nullable String commentary, @Nullable String noDataReason,
            List<RemedialActionEntry> remedialActions, @Nullable String dataAsAt) {
        this(lineId, value, commentary, noDataReason, remedialActions, dataAsAt, false, null);
    }
}
