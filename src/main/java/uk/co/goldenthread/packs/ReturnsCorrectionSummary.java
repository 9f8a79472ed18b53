package uk.co.goldenthread.packs;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A correction of a published version through the returns: its change note, the returns it sent back (as "Strategic
 * Finance (James Lewis)"), who opened it and when, and the version it produced once compiled.
 */
public record ReturnsCorrectionSummary(long id, long packId, long quarterId, int correctedVersion, String changeNote,
        List<String> returns, ReturnsCorrectionStatus status, String openedBy, LocalDateTime openedAt,
        @Nullable Long resultPackId) {
}
