package uk.co.goldenthread.packs;

import org.jspecify.annotations.Nullable;

/**
 * A proposed correction of a typo in a published pack's commentary: which measure line (code and commissioning area),
 * which commentary, the corrected wording, why (kept in the audit trail) and the change note the public page shows.
 */
public record CommentaryCorrection(@Nullable String measureCode, @Nullable String commissioningArea,
        @Nullable Commentary commentary, @Nullable String newText, @Nullable String reason, @Nullable String changeNote) {

    /** Whose commentary is corrected. */
    public enum Commentary {
        DELIVERY("AD Delivery commentary"),
        COMMISSIONING("AD Commissioning commentary");

        private final String label;

        Commentary(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Field names of the form, for messages beside the fields. */
    public static final String MEASURE = "Measure";
    public static final String TEXT = "Corrected commentary";
    public static final String REASON = "Reason";
    public static final String NOTE = "Change note";
}
