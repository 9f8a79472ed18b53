package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A remedial action as typed: the action, its owner and its due date. */
public record RemedialActionEntry(@Nullable String action, @Nullable String owner, @Nullable LocalDate due) {

    /** The longest action, in characters. */
    public static final int MAX_ACTION = 1_000;
    /** The longest owner (a name or a job title), as wide as its column. */
    public static final int MAX_OWNER = 200;

    public String describe() {
        return action + " (owner: " + owner + ", due " + uk.co.goldenthread.base.UkDates.format(due) + ")";
    }
}
