package uk.co.goldenthread.performance;

/** Why a value is shown with a flag instead of an ordinary rating. */
public enum RagFlag {
    SMALL_NUMBER("Small number: not rated"),
    PROVISIONAL("Provisional");

    private final String label;

    RagFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
