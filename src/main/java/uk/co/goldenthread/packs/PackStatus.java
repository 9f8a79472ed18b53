package uk.co.goldenthread.packs;

public enum PackStatus {
    COMPILED("Compiled, papers not yet public"),
    PAPERS_PUBLISHED("Cabinet papers published, awaiting the decision"),
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
