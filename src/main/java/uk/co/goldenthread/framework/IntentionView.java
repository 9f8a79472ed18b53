package uk.co.goldenthread.framework;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An intention as returns and reports see it: what is commissioned, from whom, and its milestones. */
public record IntentionView(long id, String code, String title, IntentionKind kind, @Nullable Long areaId,
        @Nullable Long ownerId, boolean allAds, List<Milestone> milestones) {

    /** A milestone of the intention and when it is due. */
    public record Milestone(String title, @Nullable LocalDate due) {
    }
}
