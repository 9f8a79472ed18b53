package uk.co.goldenthread.packs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A pack as listed: which quarter, which version, where it is, and the SHA-256 of its snapshot. */
public record PackSummary(long id, long quarterId, String title, int version, PackStatus status,
        LocalDateTime compiledAt, @Nullable CabinetDecision decision, @Nullable LocalDate cabinetDate,
        @Nullable LocalDateTime publishedAt, @Nullable String sha256, @Nullable LocalDate cabinetMeeting,
        @Nullable LocalDateTime papersPublishedAt, @Nullable String correctionNote) {
}
