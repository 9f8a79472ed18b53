package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.IntentionView;

/** An intention in a return, with the progress reported on it so far. */
public record ProgressDetails(long progressId, IntentionView intention, @Nullable ProgressStatus status,
        @Nullable LocalDate asAt, @Nullable String commentary) {
}
