package uk.co.goldenthread.packs;

/** Where a correction through the returns stands: its returns on their route, its version compiled, or published. */
public enum ReturnsCorrectionStatus {
    OPEN("Returns back with their AD Delivery"),
    COMPILED("Next version compiled, not yet published"),
    PUBLISHED("Published");

    private final String label;

    ReturnsCorrectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not yet published: no other correction of the quarter may start. */
    public boolean isOpen() {
        return this != PUBLISHED;
    }
}
