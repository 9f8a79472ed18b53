package uk.co.goldenthread.packs.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws the charts' SVG (the few plain shapes charts/SvgWriter writes) straight onto the PDF page, with the text as
 * real text in the embedded font, so a chart's labels can be searched, copied and read aloud. Batik, openhtmltopdf's
 * own SVG drawer, drew text as glyph outlines and kept every chart's SVG document and drawing tree until the whole PDF
 * was written: a pack of 2,630 measures ran out of a 6 GB heap. This keeps only the element and its size.
 */
final class PdfChartDrawer implements SVGDrawer {

    private final String family;
    private @Nullable PDFont regular;
    private @Nullable PDFont bold;
    /** Sets every word of a chart in the document's own embedded font, as real text. */
    private final PdfBoxGraphics2DFontTextDrawer textDrawer = new PdfBoxGraphics2DFontTextDrawer() {
        @Override
        protected @Nullable PDFont mapFont(Font font, IFontTextDrawerEnv env) {
            return font.isBold() ? bold : regular;
        }
    };

    PdfChartDrawer(String family) {
        this.family = family;
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
            double dotsPerPixel) {
        double[] viewBox = viewBox(svg);
        return new Chart(svg, number(svg, "width", viewBox[2]), number(svg, "height", viewBox[3]), viewBox,
                dotsPerPixel);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // the charts use the document's font, registered with the builder
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
        // as above
    }

    @Override
    public void close() {
        regular = null;
        bold = null;
    }

    private final class Chart implements SVGImage {

        private final Element svg;
        private final double width;
        private final double height;
        private final double[] viewBox;
        private final double dotsPerPixel;

        Chart(Element svg, double width, double height, double[] viewBox, double dotsPerPixel) {
            this.svg = svg;
            this.width = width;
            this.height = height;
            this.viewBox = viewBox;
            this.dotsPerPixel = dotsPerPixel;
        }

        @Override
        public int getIntrinsicWidth() {
            return (int) (width * dotsPerPixel);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) (height * dotsPerPixel);
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext ctx, double x, double y) {
            PDFont[] fonts = fonts(ctx);
            device.drawWithGraphics((float) x, (float) y, (float) width, (float) height, g -> {
                if (g instanceof PdfBoxGraphics2D pdf) {
                    pdf.setFontTextDrawer(textDrawer);
                }
                g.scale(width / viewBox[2], height / viewBox[3]);
                g.translate(-viewBox[0], -viewBox[1]);
                paintChildren(svg, g, fonts);
            });
        }
    }

    private PDFont[] fonts(RenderingContext ctx) {
        if (regular == null || bold == null) {
            regular = font(ctx, IdentValue.NORMAL);
            bold = font(ctx, IdentValue.FONT_WEIGHT_700);
        }
        return new PDFont[] {regular, bold};
    }

    private PDFont font(RenderingContext ctx, IdentValue weight) {
        var spec = new FontSpecification();
        spec.families = new String[] {family};
        spec.size = 10;
        spec.fontWeight = weight;
        spec.fontStyle = IdentValue.NORMAL;
        spec.variant = IdentValue.NORMAL;
        return ((PdfBoxFSFont) ctx.getFont(spec)).getFontDescriptions().getFirst().getFont();
    }

    private static void paintChildren(Node parent, Graphics2D g, PDFont[] fonts) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                paint(e, g, fonts);
            }
        }
    }

    private static void paint(Element e, Graphics2D g, PDFont[] fonts) {
        String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
        switch (name) {
            case "line" -> stroke(e, g, new Line2D.Double(number(e, "x1", 0), number(e, "y1", 0), number(e, "x2", 0),
                    number(e, "y2", 0)));
            case "polyline" -> draw(e, g, path(e.getAttribute("points"), false));
            case "polygon" -> draw(e, g, path(e.getAttribute("points"), true));
            case "rect" -> draw(e, g, new Rectangle2D.Double(number(e, "x", 0), number(e, "y", 0),
                    number(e, "width", 0), number(e, "height", 0)));
            case "circle" -> {
                double r = number(e, "r", 0);
                draw(e, g, new Ellipse2D.Double(number(e, "cx", 0) - r, number(e, "cy", 0) - r, 2 * r, 2 * r));
            }
            case "text" -> text(e, g, fonts);
            case "g" -> paintChildren(e, g, fonts);
            default -> {
                // title and desc are the chart's text alternative (the figure's Alt); nothing else is written
            }
        }
    }

    private static void draw(Element e, Graphics2D g, java.awt.Shape shape) {
        Color fill = colour(e.hasAttribute("fill") ? e.getAttribute("fill") : "#000000");
        if (fill != null) {
            g.setColor(fill);
            g.fill(shape);
        }
        stroke(e, g, shape);
    }

    private static void stroke(Element e, Graphics2D g, java.awt.Shape shape) {
        Color stroke = colour(e.getAttribute("stroke"));
        if (stroke == null) {
            return;
        }
        float width = (float) number(e, "stroke-width", 1);
        float[] dash = dashes(e.getAttribute("stroke-dasharray"));
        g.setStroke(dash == null ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0));
        g.setColor(stroke);
        g.draw(shape);
    }

    private static void text(Element e, Graphics2D g, PDFont[] fonts) {
        String text = e.getTextContent().strip();
        if (text.isEmpty()) {
            return;
        }
        boolean bold = "bold".equals(e.getAttribute("font-weight"));
        float size = (float) number(e, "font-size", 16);
        double x = number(e, "x", 0);
        String anchor = e.getAttribute("text-anchor");
        if (anchor.equals("middle") || anchor.equals("end")) {
            double width = width(fonts[bold ? 1 : 0], text) * size;
            x -= anchor.equals("middle") ? width / 2 : width;
        }
        Color fill = colour(e.hasAttribute("fill") ? e.getAttribute("fill") : "#000000");
        g.setColor(fill == null ? Color.BLACK : fill);
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size));
        g.drawString(text, (float) x, (float) number(e, "y", 0));
    }

    /** The width of text at a size of 1, as the PDF will set it. */
    private static double width(PDFont font, String text) {
        try {
            return font.getStringWidth(text) / 1000;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * 0.55;
        }
    }

    private static Path2D path(String points, boolean closed) {
        var path = new Path2D.Double();
        String[] numbers = points.trim().split("[\\s,]+");
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            double x = Double.parseDouble(numbers[i]);
            double y = Double.parseDouble(numbers[i + 1]);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private static @Nullable Color colour(String value) {
        if (value.length() == 7 && value.charAt(0) == '#') {
            return new Color(Integer.parseInt(value.substring(1), 16));
        }
        return null;
    }

    private static float @Nullable [] dashes(String value) {
        if (value.isBlank() || value.equals("none")) {
            return null;
        }
        String[] parts = value.trim().split("[\\s,]+");
        float[] dash = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            dash[i] = Float.parseFloat(parts[i]);
        }
        return dash;
    }

    private static double[] viewBox(Element svg) {
        String[] parts = svg.getAttribute("viewBox").trim().split("[\\s,]+");
        if (parts.length == 4) {
            try {
                return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
            } catch (NumberFormatException e) {
                // fall through to the width and height
            }
        }
        return new double[] {0, 0, number(svg, "width", 400), number(svg, "height", 400)};
    }

    private static double number(Element e, String attribute, double otherwise) {
        String value = e.getAttribute(attribute).replace("px", "").trim();
        try {
            return value.isEmpty() ? otherwise : Double.parseDouble(value);
        } catch (NumberFormatException ex) {
            return otherwise;
        }
    }
}
