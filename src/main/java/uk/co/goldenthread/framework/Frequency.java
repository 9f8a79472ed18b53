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

    /**
     * Whether a measure of this frequency has new data to report in a quarter: monthly and quarterly ones every
     * quarter; termly ones at the ends of the summer, autumn and spring terms (Q1, Q3, Q4); annual ones at year end (Q4).
     */
    public boolean isDueIn(int quarter) {
        return switch (this) {
            case MONTHLY, QUARTERLY -> true;
            case TERMLY -> quarter != 2;
            case ANNUAL -> quarter == 4;
        };
    }
}
