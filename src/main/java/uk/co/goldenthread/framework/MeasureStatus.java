package uk.co.goldenthread.framework;

/** Whether a measure is being drafted, reported, or no longer reported (its history is kept). */
public enum MeasureStatus implements Labelled {
    DRAFT("draft"),
    ACTIVE("active"),
    RETIRED("retired");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
