package uk.co.goldenthread.performance;

/** The assurance icon: whether the process, as its limits stand, will meet the target. */
public enum Assurance {
    CONSISTENTLY_PASSING("Consistently passing: the target lies beyond the process limit on the good side", "P"),
    CONSISTENTLY_FAILING("Consistently failing: the target lies beyond the process limit on the bad side", "F"),
    HIT_AND_MISS("Hit and miss: the target lies within the process limits", "?"),
    NOT_APPLICABLE("No assurance: no target or no process limits", "–");

    private final String label;
    private final String letter;

    Assurance(String label, String letter) {
        this.label = label;
        this.letter = letter;
    }

    public String label() {
        return label;
    }

    /** The letter inside the icon, as in Making Data Count: P pass, F fail, ? hit and miss. */
    public String letter() {
        return letter;
    }
}
