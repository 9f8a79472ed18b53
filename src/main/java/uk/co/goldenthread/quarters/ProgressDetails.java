package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.IntentionSummary;

/** An intention in a return, with the progress reported on it so far. */
public record ProgressDetails(long progressId, IntentionSummary intention, @Nullable ProgressStatus status,
        @Nullable LocalDate asAt, @Nullable String commentary) {
}
