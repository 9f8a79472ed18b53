package uk.co.goldenthread.quarters;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the return screen shows: the return, what the signed-in person can do to it now, and why its current step is
 * not with its usual person, if so.
 */
public record ReturnPage(ReturnDetails details, Set<ReturnAction> actions, @Nullable String routingNote) {

    public ReturnPage {
        actions = Set.copyOf(actions);
    }
}
