package uk.co.goldenthread.packs;

public enum PackStatus {
    COMPILED("Compiled, awaiting Cabinet"),
    DECIDED("Cabinet decision recorded"),
    PUBLISHED("Published");

    private final String label;

    PackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
