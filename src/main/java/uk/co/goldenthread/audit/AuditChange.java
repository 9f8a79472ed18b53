package uk.co.goldenthread.audit;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A recorded change as people read it: names rather than usernames. */
public record AuditChange(LocalDateTime at, String who, @Nullable String onBehalfOf, String field,
        @Nullable String oldValue, @Nullable String newValue, @Nullable String reason) {

    /** "Amy Evans on behalf of James Lewis", or just "James Lewis". */
    public String person() {
        return onBehalfOf == null ? who : who + " on behalf of " + onBehalfOf;
    }

    /** "FIN01 value: 80.0 → 88.5". */
    public String change() {
        String what = field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return what + ": " + shown(oldValue) + " → " + shown(newValue);
    }

    private static String shown(@Nullable String value) {
        return value == null || value.isBlank() ? "(none)" : value;
    }
}
