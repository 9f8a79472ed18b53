package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an AD Delivery reports on an intention: its progress, the date it is as at, and commentary. */
public record ProgressEntry(long progressId, @Nullable ProgressStatus status, @Nullable LocalDate asAt,
        @Nullable String commentary) {
}
