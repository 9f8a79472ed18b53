package uk.co.goldenthread.packs;

/** What Cabinet decided about a pack. */
public enum CabinetDecision {
    NOTED("Noted"),
    APPROVED("Approved");

    private final String label;

    CabinetDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
