package uk.co.goldenthread.performance;

/** Which way is good for a measure. */
public enum Polarity {
    HIGHER_IS_BETTER("higher is better"),
    LOWER_IS_BETTER("lower is better"),
    WITHIN_BAND("within band");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
