package uk.co.goldenthread.packs;

/** Where a proposed commentary correction stands: waiting for a second member of the Performance Team, or decided. */
public enum CorrectionStatus {
    PROPOSED("Waiting for a second member of the Performance Team"),
    APPROVED("Approved and published"),
    REJECTED("Rejected");

    private final String label;

    CorrectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
