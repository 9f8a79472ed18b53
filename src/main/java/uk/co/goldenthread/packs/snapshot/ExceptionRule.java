package uk.co.goldenthread.packs.snapshot;

import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.performance.DirectionOfTravel;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.performance.RagFlag;

/**
 * The one rule for what the pack lists as an exception, on the pack screen and in every file: red or worsening, or
 * rating and SPC chart disagree. A value shown with a flag instead of a rating (provisional, small number) is not
 * judged, so it is no exception for its rating or its direction; a disagreement is always one.
 */
public final class ExceptionRule {

    private ExceptionRule() {
    }

    public static boolean isException(Rag rag, @Nullable RagFlag flag, DirectionOfTravel direction,
            boolean ratingAndChartDisagree) {
        return flag == null && (rag == Rag.RED || direction == DirectionOfTravel.WORSENING) || ratingAndChartDisagree;
    }

    /** The rule for a measure of a snapshot, whose rating, flag and direction are kept as their words. */
    public static boolean isException(PackSnapshot.Measure m) {
        return isException(rag(m.rag()), flag(m.ragFlag()), direction(m.directionOnPreviousPeriod()),
                m.disagreement() != null);
    }

    /** The rating written as its word ("Red"); Grey for a word it does not know. */
    public static Rag rag(String word) {
        for (Rag r : Rag.values()) {
            if (r.word().equals(word)) {
                return r;
            }
        }
        return Rag.GREY;
    }

    /** The flag written as its label ("Provisional"), or null. */
    public static @Nullable RagFlag flag(@Nullable String label) {
        for (RagFlag f : RagFlag.values()) {
            if (f.label().equals(label)) {
                return f;
            }
        }
        return null;
    }

    private static DirectionOfTravel direction(String word) {
        for (DirectionOfTravel d : DirectionOfTravel.values()) {
            if (d.word().equals(word)) {
                return d;
            }
        }
        return DirectionOfTravel.UNKNOWN;
    }
}
