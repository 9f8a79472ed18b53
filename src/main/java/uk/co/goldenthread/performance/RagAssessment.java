package uk.co.goldenthread.performance;

import org.jspecify.annotations.Nullable;

/**
 * A rating as shown, with its flag (small number, provisional) and the sentence that explains it: the "why is this
 * amber?" text of screens and packs. A flagged value that would be red is shown grey with its flag, never red.
 */
public record RagAssessment(Rag rag, @Nullable RagFlag flag, String explanation) {

    /** Symbol and word, with the flag when there is one, e.g. "▲ Amber (provisional)" or "○ Small number: not rated". */
    public String label() {
        if (flag == null) {
            return rag.label();
        }
        if (rag == Rag.GREY) {
            return rag.symbol() + " " + flag.label();
        }
        return rag.label() + " (" + flag.label().toLowerCase(java.util.Locale.UK) + ")";
    }
}
