package uk.co.goldenthread.audit;

import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** One recorded change: who (and on whose behalf), when, what was and what became, and why. */
public record AuditRecord(LocalDateTime at, String actor, @Nullable String onBehalfOf, String subjectType,
        long subjectId, String field, @Nullable String oldValue, @Nullable String newValue, @Nullable String reason) {

    /** The change as people read it, with usernames turned into names by the given function. */
    public AuditChange readable(UnaryOperator<String> nameOf) {
        return new AuditChange(at, nameOf.apply(actor), onBehalfOf == null ? null : nameOf.apply(onBehalfOf), field,
                oldValue, newValue, reason);
    }
}
