package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A remedial action as typed: the action, its owner and its due date. */
public record RemedialActionEntry(@Nullable String action, @Nullable String owner, @Nullable LocalDate due) {

    public String describe() {
        return action + " (owner: " + owner + ", due " + uk.co.goldenthread.base.UkDates.format(due) + ")";
    }
}
