package uk.co.goldenthread.quarters;

/** How an intention's milestones are going, as its AD Delivery reports it. */
public enum ProgressStatus {
    NOT_STARTED("Not started"),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    COMPLETE("Complete");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
