package uk.co.goldenthread.framework;

/** KBM: strategic, owned by the AD Commissioning. KBI: operational, owned by an AD Delivery. */
public enum MeasureKind {
    KBM("Key Business Measure"),
    KBI("Key Business Indicator");

    private final String label;

    MeasureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
