package uk.co.goldenthread.packs;

import org.jspecify.annotations.Nullable;

/** A proposed or decided commentary correction, as the Performance Team reviews it. */
public record CorrectionSummary(long id, long packId, String measureCode, String commissioningArea,
        CommentaryCorrection.Commentary commentary, @Nullable String oldText, String newText, String reason,
        String changeNote, CorrectionStatus status, String proposedBy, @Nullable String decidedBy,
        @Nullable Long resultPackId) {
}
