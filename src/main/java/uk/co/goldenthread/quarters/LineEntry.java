package uk.co.goldenthread.quarters;

import org.jspecify.annotations.Nullable;

/** What an AD Delivery typed for one measure: the value as text (checked against the unit) and commentary. */
public record LineEntry(long lineId, @Nullable String value, @Nullable String commentary) {
}
