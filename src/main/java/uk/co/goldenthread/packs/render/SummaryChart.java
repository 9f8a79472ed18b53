package uk.co.goldenthread.packs.render;

/** A bar per RAG rating, labelled with symbol, word and count, so the chart never relies on colour. */
final class SummaryChart {

    private static final int BAR_MAX = 300;
    private static final int ROW = 26;

    private SummaryChart() {
    }

    static String svg(PackReport.Counts c) {
        long[] counts = {c.green(), c.amber(), c.red(), c.grey()};
        String[] labels = {"✔ Green", "▲ Amber", "✖ Red", "○ Grey"};
        String[] fills = {"#00703c", "#f47738", "#d4351c", "#b1b4b6"};
        long max = Math.max(1, Math.max(Math.max(counts[0], counts[1]), Math.max(counts[2], counts[3])));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\""
                + ROW * 4 + "\" viewBox=\"0 0 480 " + ROW * 4 + "\" role=\"img\" aria-label=\"Measures by RAG rating: "
                + c.green() + " green, " + c.amber() + " amber, " + c.red() + " red, " + c.grey() + " grey\">");
        for (int i = 0; i < 4; i++) {
            long width = counts[i] * BAR_MAX / max;
            int y = i * ROW;
            svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"14\">").append(labels[i])
                    .append("</text><rect x=\"100\" y=\"").append(y + 4).append("\" width=\"").append(width)
                    .append("\" height=\"18\" fill=\"").append(fills[i]).append("\"/><text x=\"")
                    .append(108 + width).append("\" y=\"").append(y + 17).append("\" font-size=\"14\">")
                    .append(counts[i]).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
