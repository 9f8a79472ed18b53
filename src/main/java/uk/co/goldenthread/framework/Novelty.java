package uk.co.goldenthread.framework;

/** Whether a measure is new at a framework cut-over or carried over from the previous framework. */
public enum Novelty implements Labelled {
    NEW("new"),
    CARRIED_OVER("carried over");

    private final String label;

    Novelty(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
