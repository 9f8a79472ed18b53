package uk.co.goldenthread.charts;

/** Element ids for a chart's title and description: the same data gives the same id, different data another. */
final class Ids {

    private Ids() {
    }

    static String of(String kind, ChartData data) {
        return "gt-" + kind + "-" + Integer.toHexString(data.hashCode());
    }
}
