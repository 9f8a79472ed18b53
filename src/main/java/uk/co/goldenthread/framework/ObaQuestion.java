package uk.co.goldenthread.framework;

/** Outcomes Based Accountability: the question a measure answers. */
public enum ObaQuestion implements Labelled {
    HOW_MUCH("How much did we do?"),
    HOW_WELL("How well did we do it?"),
    BETTER_OFF("Is anyone better off?");

    private final String label;

    ObaQuestion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
