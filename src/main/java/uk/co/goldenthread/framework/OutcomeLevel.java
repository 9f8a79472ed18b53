package uk.co.goldenthread.framework;

/** The level of an outcome in the tree. */
public enum OutcomeLevel implements Labelled {
    VISION("Vision"),
    STRATEGIC_OUTCOME("Strategic outcome"),
    SUPPORTING_OUTCOME("Supporting outcome"),
    COMMISSIONING_OBJECTIVE("Commissioning objective"),
    CORPORATE_OUTCOME("Corporate outcome"),
    IMPROVEMENT_CATEGORY("Improvement category");

    private final String label;

    OutcomeLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
