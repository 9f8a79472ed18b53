package uk.co.goldenthread.quarters;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.audit.AuditRecord;

/**
 * What the return screen shows: the return, what the signed-in person can do to it now, why its current step is
 * not with its usual person, if so, and for a reviewer what others changed since they last looked.
 */
public record ReturnPage(ReturnDetails details, Set<ReturnAction> actions, @Nullable String routingNote,
        List<AuditRecord> changesSinceLastLook) {

    public ReturnPage {
        actions = Set.copyOf(actions);
        changesSinceLastLook = List.copyOf(changesSinceLastLook);
    }

    /** The same page with what changed since the reviewer last looked. */
    ReturnPage withChangesSinceLastLook(List<AuditRecord> changes) {
        return new ReturnPage(details, actions, routingNote, changes);
    }
}
