package uk.co.goldenthread.framework;

/** What is commissioned: a service, or a milestone to achieve. */
public enum IntentionKind implements Labelled {
    SERVICE("service"),
    MILESTONE("milestone");

    private final String label;

    IntentionKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
