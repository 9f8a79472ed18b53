package uk.co.goldenthread.charts;

import java.util.List;

/** Writes the few SVG elements the charts use, escaping text; plain shapes only, so openhtmltopdf draws them too. */
final class SvgWriter {

    private final StringBuilder svg = new StringBuilder(4096);

    SvgWriter(String id, int width, int height, String title, String description) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"Arial, Helvetica, sans-serif\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"").append(ChartColours.BACKGROUND).append("\"/>");
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        if (dashed) {
            svg.append(" stroke-dasharray=\"6 4\"");
        }
        svg.append("/>");
        return this;
    }

    SvgWriter polyline(List<double[]> points, String colour, double width, boolean dashed, String cssClass) {
        if (points.size() < 2) {
            return this;
        }
        svg.append("<polyline class=\"").append(cssClass).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(n(width)).append("\" points=\"");
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? "" : " ").append(n(points.get(i)[0])).append(',').append(n(points.get(i)[1]));
        }
        svg.append('"');
        if (dashed) {
            svg.append(" stroke-dasharray=\"6 4\"");
        }
        svg.append("/>");
        return this;
    }

    SvgWriter circle(double x, double y, double r, String colour, boolean filled, String cssClass) {
        svg.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(n(x)).append("\" cy=\"")
                .append(n(y)).append("\" r=\"").append(n(r)).append("\" fill=\"")
                .append(filled ? colour : ChartColours.BACKGROUND).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"1.5\"/>");
        return this;
    }

    SvgWriter polygon(double[][] corners, String colour, String cssClass) {
        svg.append("<polygon class=\"").append(cssClass).append("\" fill=\"").append(colour).append("\" points=\"");
        for (int i = 0; i < corners.length; i++) {
            svg.append(i == 0 ? "" : " ").append(n(corners[i][0])).append(',').append(n(corners[i][1]));
        }
        svg.append("\"/>");
        return this;
    }

    SvgWriter rect(double x, double y, double w, double h, String colour, boolean filled, String cssClass) {
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"")
                .append(filled ? colour : "none").append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"1.5\"/>");
        return this;
    }

    SvgWriter text(double x, double y, String text, int size, String anchor, boolean bold) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(size)
                .append("\" fill=\"").append(ChartColours.INK).append("\" text-anchor=\"").append(anchor).append('"');
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        svg.append('>').append(escape(text)).append("</text>");
        return this;
    }

    String end() {
        return svg.append("</svg>").toString();
    }

    /** One decimal place, written by hand: String.format costs more than the rest of a chart. */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        return (tenths < 0 ? "-" : "") + whole + "." + Math.abs(tenths) % 10;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
