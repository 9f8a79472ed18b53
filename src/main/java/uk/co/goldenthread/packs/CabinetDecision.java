package uk.co.goldenthread.packs;

/** What Cabinet decided about a pack. */
public enum CabinetDecision {
    NOTED("Noted"),
    APPROVED("Approved"),
    /** Named returns are reopened; a new version of the pack follows once they are signed off again. */
    REFERRED_BACK("Referred back");

    private final String label;

    CabinetDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
