package uk.co.goldenthread.packs;

/** A return the pack does not hold because the quarter was closed before it was signed off. */
public record MissingReturn(String directorate, String commissioningArea, String adDelivery) {

    /** "Strategic IT (Amy Evans)". */
    public String label() {
        return commissioningArea + " (" + adDelivery + ")";
    }
}
