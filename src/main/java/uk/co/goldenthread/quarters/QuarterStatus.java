package uk.co.goldenthread.quarters;

/** Where a quarter is in its cycle. */
public enum QuarterStatus {
    OPEN("Open: returns in progress"),
    SIGNED_OFF("All returns signed off"),
    CLOSED_EARLY("Closed early: some returns missing"),
    PACK_COMPILED("Pack compiled"),
    REFERRED_BACK("Referred back by Cabinet: returns reopened"),
    CABINET_DECIDED("Cabinet decision recorded"),
    PUBLISHED("Published");

    private final String label;

    QuarterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
