package uk.co.goldenthread.people;

/** What a person may do in Golden Thread; one person can hold several. */
public enum Role {
    AD_DELIVERY("AD Delivery"),
    AD_COMMISSIONING("AD Commissioning"),
    STRATEGIC_DIRECTOR("Strategic Director"),
    PERFORMANCE_TEAM("Performance Team"),
    CABINET("Cabinet member"),
    SCRUTINY("Scrutiny member");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
