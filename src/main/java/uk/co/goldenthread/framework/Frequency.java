package uk.co.goldenthread.framework;

/** How often a measure has new data. */
public enum Frequency implements Labelled {
    MONTHLY("monthly"),
    QUARTERLY("quarterly"),
    TERMLY("termly"),
    ANNUAL("annual");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
