package uk.co.goldenthread.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.intentions.IntentionForm;

/** A commissioning intention with its milestones, as the Performance Team sees it. */
public record IntentionSummary(long id, String code, String title, IntentionKind kind, @Nullable Long areaId,
        @Nullable String areaName, @Nullable Long outcomeId, @Nullable Long ownerId, boolean allAds,
        Set<Long> measureIds, List<Milestone> milestones) {

    /** A milestone of the intention and when it is due. */
    public record Milestone(long id, String title, @Nullable LocalDate due) {

        /** A milestone not saved yet. */
        public Milestone(String title, @Nullable LocalDate due) {
            this(0, title, due);
        }
    }

    public IntentionForm toForm() {
        return new IntentionForm(code, title, kind, areaId, outcomeId, ownerId, allAds, measureIds);
    }
}
