package uk.co.goldenthread.framework;

/** Hampshire's improvement categories: Hot List items enter the Improvement Plan, and return to corporate importance once improved. */
public enum ImprovementCategory implements Labelled {
    IMPROVEMENT_PLAN("Improvement Plan"),
    HOT_LIST("Hot List"),
    CORPORATE_IMPORTANCE("Corporate importance");

    private final String label;

    ImprovementCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
