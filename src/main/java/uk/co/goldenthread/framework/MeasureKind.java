package uk.co.goldenthread.framework;

/**
 * KBM: strategic, owned by the AD Commissioning. KBI: operational, owned by an AD Delivery. Indicator: an outcome
 * indicator tracked for the framework but not owned as a KBM or KBI (Essex, Kent).
 */
public enum MeasureKind implements Labelled {
    KBM("KBM", "Key Business Measure"),
    KBI("KBI", "Key Business Indicator"),
    INDICATOR("Indicator", "Outcome indicator");

    private final String label;
    private final String longName;

    MeasureKind(String label, String longName) {
        this.label = label;
        this.longName = longName;
    }

    @Override
    public String label() {
        return label;
    }

    public String longName() {
        return longName;
    }
}
