package uk.co.goldenthread.framework;

import uk.co.goldenthread.framework.Labelled;


/** Who a measure is benchmarked against. */
public enum ComparatorKind implements Labelled {
    ENGLAND("England average"),
    REGION("Region"),
    STATISTICAL_NEIGHBOURS("Statistical neighbours");

    private final String label;

    ComparatorKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
