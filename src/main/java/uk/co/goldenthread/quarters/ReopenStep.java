package uk.co.goldenthread.quarters;

/** Where a return referred back by Cabinet starts again: with its AD Delivery, or with its AD Commissioning. */
public enum ReopenStep {
    AD_DELIVERY("AD Delivery", ReturnStatus.RETURNED_TO_DELIVERY),
    AD_COMMISSIONING("AD Commissioning", ReturnStatus.RETURNED_TO_COMMISSIONING);

    private final String label;
    private final ReturnStatus status;

    ReopenStep(String label, ReturnStatus status) {
        this.label = label;
        this.status = status;
    }

    public String label() {
        return label;
    }

    /** The status the reopened return takes. */
    public ReturnStatus status() {
        return status;
    }
}
