package uk.co.goldenthread.performance;

/** Red, amber, green or grey: always shown with a symbol and a word, never by colour alone. */
public enum Rag {
    GREEN("✔", "Green", "On or better than target"),
    AMBER("▲", "Amber", "Missed target within tolerance"),
    RED("✖", "Red", "Missed target beyond tolerance"),
    GREY("○", "Grey", "No target or no data");

    private final String symbol;
    private final String word;
    private final String meaning;

    Rag(String symbol, String word, String meaning) {
        this.symbol = symbol;
        this.word = word;
        this.meaning = meaning;
    }

    public String symbol() {
        return symbol;
    }

    public String word() {
        return word;
    }

    public String meaning() {
        return meaning;
    }

    /** Symbol and word together, e.g. "✖ Red". */
    public String label() {
        return symbol + " " + word;
    }
}
