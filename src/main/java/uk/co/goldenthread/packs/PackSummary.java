package uk.co.goldenthread.packs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A pack as listed: which quarter, which version, and where it is. */
public record PackSummary(long id, long quarterId, String title, int version, PackStatus status,
        LocalDateTime compiledAt, @Nullable CabinetDecision decision, @Nullable LocalDate cabinetDate,
        @Nullable LocalDateTime publishedAt) {
}
