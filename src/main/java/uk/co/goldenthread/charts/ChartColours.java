package uk.co.goldenthread.charts;

/**
 * The charts' colours, each at least 4.5:1 against white (WCAG 2.2 AA for text, above the 3:1 for graphics), and
 * always paired with a shape or a word so that colour is never the only signal.
 */
public final class ChartColours {

    public static final String INK = "#212b32";
    public static final String VALUE = "#425563";
    public static final String TARGET = "#8a1538";
    public static final String LIMIT = "#4c6272";
    public static final String IMPROVEMENT = "#005eb8";
    public static final String CONCERN = "#a34400";
    public static final String NEITHER = "#5c3c99";
    public static final String BACKGROUND = "#ffffff";

    private ChartColours() {
    }
}
