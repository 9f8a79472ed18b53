package uk.co.goldenthread.packs;

import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.performance.DirectionOfTravel;
import uk.co.goldenthread.performance.Rag;

/** One measure as the pack recorded it when compiled: values are kept as the text that was shown. */
public record PackLineRow(String directorate, String commissioningArea, @Nullable String objective, String code,
        String kind, String title, String polarity, @Nullable String value, @Nullable String target,
        @Nullable String baseline, Rag rag, @Nullable String commentary, String reportedBy,
        DirectionOfTravel direction, @Nullable String recentValues, @Nullable String remedialActions) {

    /** Red or worsening: the pack's exceptions section lists these with their remedial actions. */
    public boolean isException() {
        return rag == Rag.RED || direction == DirectionOfTravel.WORSENING;
    }
}
