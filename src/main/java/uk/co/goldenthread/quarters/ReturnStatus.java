package uk.co.goldenthread.quarters;

/**
 * Where a return is in its route: Draft > Submitted > Approved > Signed off > Included in pack > Published; Returned
 * goes back one step; Missing when the Performance Team closed the quarter before it was signed off.
 */
public enum ReturnStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    APPROVED("Approved"),
    SIGNED_OFF("Signed off"),
    INCLUDED_IN_PACK("Included in pack"),
    PUBLISHED("Published"),
    RETURNED_TO_DELIVERY("Returned to AD Delivery"),
    RETURNED_TO_COMMISSIONING("Returned to AD Commissioning"),
    MISSING("Missing");

    private final String label;

    ReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isEditableByDelivery() {
        return this == DRAFT || this == RETURNED_TO_DELIVERY;
    }

    public boolean isAwaitingReview() {
        return this == SUBMITTED || this == RETURNED_TO_COMMISSIONING;
    }

    /** Signed off by the Strategic Director, whether or not a pack holds it yet. */
    public boolean isSignedOff() {
        return this == SIGNED_OFF || this == INCLUDED_IN_PACK || this == PUBLISHED;
    }

    /** Still on its route: someone has a step to do on it. */
    public boolean isInProgress() {
        return isEditableByDelivery() || isAwaitingReview() || this == APPROVED;
    }
}
