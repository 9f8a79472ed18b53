package uk.co.goldenthread.quarters;

/**
 * Where a quarter's returns are: the quarter's part of the cycle ends when every return is signed off or it is closed
 * early; what follows (compile, Cabinet, publish, correct) is the pack's, in PackStatus. REFERRED_BACK: a pack reopened
 * some returns (Cabinet referred it back, or a correction goes back through them).
 */
public enum QuarterStatus {
    OPEN("Open: returns in progress"),
    SIGNED_OFF("All returns signed off"),
    CLOSED_EARLY("Closed early: some returns missing"),
    REFERRED_BACK("Returns reopened for the pack");

    private final String label;

    QuarterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
