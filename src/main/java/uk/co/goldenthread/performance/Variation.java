package uk.co.goldenthread.performance;

/**
 * The variation icon: what the latest point says about the process, in the measure's polarity. A band measure has
 * no better side, so its special causes are neither improvement nor concern.
 */
public enum Variation {
    COMMON_CAUSE("Common cause variation", "C"),
    IMPROVEMENT_HIGH("Special cause improvement (high)", "H"),
    IMPROVEMENT_LOW("Special cause improvement (low)", "L"),
    CONCERN_HIGH("Special cause concern (high)", "H"),
    CONCERN_LOW("Special cause concern (low)", "L"),
    NEITHER_HIGH("Special cause, neither improvement nor concern (high)", "H"),
    NEITHER_LOW("Special cause, neither improvement nor concern (low)", "L"),
    NOT_ENOUGH_DATA("Not enough data for process limits", "–");

    private final String label;
    private final String letter;

    Variation(String label, String letter) {
        this.label = label;
        this.letter = letter;
    }

    public String label() {
        return label;
    }

    /** The letter inside the icon, as in Making Data Count: H for high, L for low, C for common cause. */
    public String letter() {
        return letter;
    }

    public boolean isImprovement() {
        return this == IMPROVEMENT_HIGH || this == IMPROVEMENT_LOW;
    }

    public boolean isConcern() {
        return this == CONCERN_HIGH || this == CONCERN_LOW;
    }

    public boolean isSpecialCause() {
        return this != COMMON_CAUSE && this != NOT_ENOUGH_DATA;
    }

    static Variation of(boolean high, @org.jspecify.annotations.Nullable Polarity polarity) {
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            return high ? IMPROVEMENT_HIGH : CONCERN_LOW;
        }
        if (polarity == Polarity.LOWER_IS_BETTER) {
            return high ? CONCERN_HIGH : IMPROVEMENT_LOW;
        }
        return high ? NEITHER_HIGH : NEITHER_LOW;
    }
}
