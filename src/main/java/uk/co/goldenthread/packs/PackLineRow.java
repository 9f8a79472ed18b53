package uk.co.goldenthread.packs;

import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.packs.snapshot.ExceptionRule;
import uk.co.goldenthread.performance.DirectionOfTravel;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.performance.RagFlag;

/**
 * One measure as the pack recorded it when compiled: values are kept as the text that was shown, the rating with its
 * flag ("○ Provisional") and the flag itself, and how rating and SPC chart disagree when they do (lines compiled
 * before these were kept have none; a changeset gave earlier flagged lines their flag), and both directions of travel:
 * {@code direction} against the previous period and {@code directionOnLastYear} against the same period last year
 * (No comparison on lines compiled before it was kept).
 */
public record PackLineRow(String directorate, String commissioningArea, @Nullable String objective, String code,
        String kind, String title, String polarity, @Nullable String value, @Nullable String target,
        @Nullable String baseline, Rag rag, @Nullable String commentary, String reportedBy,
        DirectionOfTravel direction, DirectionOfTravel directionOnLastYear, @Nullable String recentValues,
        @Nullable String remedialActions, @Nullable String ragLabel, @Nullable String disagreement,
        @Nullable RagFlag ragFlag) {

    /** Listed in the pack's exceptions: the one rule of {@link ExceptionRule}, read from the flag the line keeps. */
    public boolean isException() {
        return ExceptionRule.isException(rag, ragFlag, direction, disagreement != null);
    }

    /** The same line with other AD Delivery commentary (a typo corrected after publication). */
    public PackLineRow withCommentary(@Nullable String text) {
        return new PackLineRow(directorate, commissioningArea, objective, code, kind, title, polarity, value, target,
                baseline, rag, text, reportedBy, direction, directionOnLastYear, recentValues, remedialActions, ragLabel,
                disagreement, ragFlag);
    }

    /** False for a value shown with a flag instead of a rating (provisional, small number). */
    public boolean rated() {
        return ragFlag == null;
    }

    /** The rating as the pack showed it, flag included: "○ Provisional", "✔ Green". */
    public String ragText() {
        return ragLabel == null ? rag.label() : ragLabel;
    }
}
