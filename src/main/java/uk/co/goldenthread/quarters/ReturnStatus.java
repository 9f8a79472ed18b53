package uk.co.goldenthread.quarters;

/** Where a return is in its route: Draft > Submitted > Approved > Signed off > Included in pack > Published. */
public enum ReturnStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    APPROVED("Approved"),
    SIGNED_OFF("Signed off"),
    INCLUDED_IN_PACK("Included in pack"),
    PUBLISHED("Published"),
    RETURNED_TO_DELIVERY("Returned to AD Delivery"),
    RETURNED_TO_COMMISSIONING("Returned to AD Commissioning");

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
}
