package uk.co.goldenthread.audit;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One recorded change: who, when, what was and what became, and why. */
public record AuditRecord(LocalDateTime at, String actor, String subjectType, long subjectId, String field,
        @Nullable String oldValue, @Nullable String newValue, @Nullable String reason) {
}
