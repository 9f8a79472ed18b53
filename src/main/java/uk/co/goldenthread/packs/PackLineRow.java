package uk.co.goldenthread.packs;

import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.performance.DirectionOfTravel;
import uk.co.goldenthread.performance.Rag;

/**
 * One measure as the pack recorded it when compiled: values are kept as the text that was shown, the rating with its
 * flag ("○ Provisional"), and how rating and SPC chart disagree when they do (lines compiled before these were kept
 * have neither).
 */
public record PackLineRow(String directorate, String commissioningArea, @Nullable String objective, String code,
        String kind, String title, String polarity, @Nullable String value, @Nullable String target,
        @Nullable String baseline, Rag rag, @Nullable String commentary, String reportedBy,
        DirectionOfTravel direction, @Nullable String recentValues, @Nullable String remedialActions,
        @Nullable String ragLabel, @Nullable String disagreement) {

    /**
     * Red, worsening, or rating and chart disagree: the pack's exceptions section lists these. A value that is not rated
     * (provisional, or a small number) is not judged, so it is no exception for its direction either.
     */
    public boolean isException() {
        return rated() && (rag == Rag.RED || direction == DirectionOfTravel.WORSENING) || disagreement != null;
    }

    /** False for a value shown with a flag instead of a rating (its label then differs from the rating's own). */
    public boolean rated() {
        return ragLabel == null || ragLabel.equals(rag.label());
    }

    /** The rating as the pack showed it, flag included: "○ Provisional", "✔ Green". */
    public String ragText() {
        return ragLabel == null ? rag.label() : ragLabel;
    }
}
