package uk.co.goldenthread.framework;

/** Essex's Directorate MI Scorecard blocks. */
public enum ScorecardBlock implements Labelled {
    RESULTS("results"),
    CUSTOMER("customer"),
    ORGANISATIONAL_CAPABILITY("organisational capability"),
    PEOPLE_AND_CULTURE("people and culture");

    private final String label;

    ScorecardBlock(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
