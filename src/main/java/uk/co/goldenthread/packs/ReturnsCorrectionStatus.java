package uk.co.goldenthread.packs;

/**
 * Where a correction through the returns stands: its returns on their route, its version compiled, published, or
 * withdrawn before its version was compiled (its returns put back as published).
 */
public enum ReturnsCorrectionStatus {
    OPEN("Returns back with their AD Delivery"),
    COMPILED("Next version compiled, not yet published"),
    PUBLISHED("Published"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ReturnsCorrectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not yet published nor withdrawn: no other correction of the quarter may start. */
    public boolean isOpen() {
        return this == OPEN || this == COMPILED;
    }
}
