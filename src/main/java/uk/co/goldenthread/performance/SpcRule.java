package uk.co.goldenthread.performance;

/** The special-cause rules of NHS England's Making Data Count, as Golden Thread applies them. */
public enum SpcRule {
    OUTSIDE_LIMITS("A point outside the process limits"),
    SHIFT("7 or more consecutive points on one side of the mean"),
    TREND("7 consecutive points rising or falling"),
    TWO_OF_THREE("2 of 3 consecutive points near a process limit");

    /** The rule set named in every result, so a reader knows how the signals were found. */
    public static final String RULE_SET = "NHS England Making Data Count (XmR): process limits at the mean ± 2.66 × "
            + "the mean moving range; special cause for a point outside the limits, 7 or more points on one side of "
            + "the mean, 7 points rising or falling, or 2 of 3 points beyond two thirds of the way to a limit";

    private final String description;

    SpcRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
