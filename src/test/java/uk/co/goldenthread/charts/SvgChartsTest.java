package uk.co.goldenthread.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.co.goldenthread.performance.Polarity;
import uk.co.goldenthread.performance.RagRule;
import uk.co.goldenthread.performance.SpcResult;
import uk.co.goldenthread.performance.SpcSettings;
import uk.co.goldenthread.performance.ValueFormat;
import uk.co.goldenthread.performance.Variation;

class SvgChartsTest {

    private static final RagRule HIGHER = RagRule.of(Polarity.HIGHER_IS_BETTER, new BigDecimal("1"));

    @Test
    void aSparklineShowsTheLastEightPeriodsWithATextAlternative() throws Exception {
        Document svg = parse(SvgCharts.sparkline(data(12, null)));
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo("120");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(text(svg, "title")).isEqualTo("Sparkline of Council tax collected: last 8 periods");
        assertThat(text(svg, "desc")).isEqualTo("From 95.4% in Q1 2018/19 to 96.1% in Q4 2019/20; lowest 95.3%, "
                + "highest 96.1%.");
        assertThat(root.getAttribute("aria-labelledby")).contains(byTag(svg, "title").get(0).getAttribute("id"));
        assertThat(pointsOf(byClass(svg, "polyline", "values").get(0))).isEqualTo(8);
    }

    @Test
    void aTrendChartHasEveryPointTheTargetLineAndTheSamePeriodLastYear() throws Exception {
        ChartData data = data(12, "Q4 2018/19");
        Document svg = parse(SvgCharts.trend(data));
        assertThat(text(svg, "title")).isEqualTo("Trend of Council tax collected");
        assertThat(text(svg, "desc")).startsWith("12 periods from Q1 2017/18 to Q4 2019/20; latest 96.1% against a "
                + "target of 96.0%");
        assertThat(byClass(svg, "circle", "point")).hasSize(11);
        assertThat(byClass(svg, "circle", "point provisional")).hasSize(1);
        assertThat(pointsOf(byClass(svg, "polyline", "target").get(0))).isEqualTo(12);
        assertThat(byClass(svg, "rect", "same-period-last-year")).hasSize(1);
        assertThat(allText(svg)).contains("Target", "Same period last year", "Provisional");
    }

    @Test
    void anSpcChartMarksSpecialCausesByShapeAndNamesItsIcons() throws Exception {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            points.add(ChartPoint.of("P" + (i + 1), new BigDecimal(i % 2 == 0 ? "11" : "9"), new BigDecimal("8")));
        }
        points.add(ChartPoint.of("P13", new BigDecimal("16"), new BigDecimal("8")));
        points.add(ChartPoint.of("P14", new BigDecimal("3"), new BigDecimal("8")));
        ChartData data = new ChartData("Households in temporary accommodation", ValueFormat.number(0), points, null);
        SpcResult spc = SvgCharts.analyse(data, HIGHER, SpcSettings.fixedUntil("P12"));
        assertThat(spc.variation()).isEqualTo(Variation.CONCERN_LOW);
        Document svg = parse(SvgCharts.spc(data, spc));
        assertThat(text(svg, "title")).isEqualTo("Statistical process control chart of Households in temporary "
                + "accommodation");
        assertThat(text(svg, "desc")).contains("Special cause concern (low)", "Hit and miss",
                "NHS England Making Data Count");
        assertThat(byClass(svg, "circle", "point common-cause")).hasSize(12);
        assertThat(byClass(svg, "polygon", "point special-cause improvement")).hasSize(1);
        assertThat(byClass(svg, "polygon", "point special-cause concern")).hasSize(1);
        assertThat(byClass(svg, "polyline", "mean")).hasSize(1);
        assertThat(byClass(svg, "polyline", "limit")).hasSize(2);
        assertThat(allText(svg)).contains("Variation: Special cause concern (low)", "Assurance: Hit and miss");
        assertThat(byClass(svg, "circle", "variation-icon")).hasSize(1);
        assertThat(byClass(svg, "circle", "assurance-icon")).hasSize(1);
    }

    @Test
    void aChangePointDrawsSeparateLimits() throws Exception {
        ChartData data = data(12, null);
        SpcResult spc = SvgCharts.analyse(data, HIGHER, SpcSettings.STANDARD.withChangePoint("Q1 2019/20"));
        Document svg = parse(SvgCharts.spc(data, spc));
        assertThat(byClass(svg, "polyline", "mean")).hasSize(2);
        assertThat(byClass(svg, "polyline", "limit")).hasSize(4);
        assertThat(allText(svg)).contains("Trial limits");
    }

    @Test
    void chartsUsePlainShapesOnlySoThePdfRendererDrawsThem() {
        ChartData data = data(12, "Q4 2018/19");
        for (String svg : List.of(SvgCharts.sparkline(data), SvgCharts.trend(data),
                SvgCharts.spc(data, HIGHER, SpcSettings.STANDARD))) {
            assertThat(svg).doesNotContain("<script", "foreignObject", "<style", "animate", "onclick", "style=\"");
            assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        }
    }

    @Test
    void theTextOfATitleIsEscaped() throws Exception {
        ChartData data = new ChartData("Adults <65 & carers", ValueFormat.number(0),
                List.of(ChartPoint.of("Q1 2019/20", BigDecimal.ONE, null)), null);
        assertThat(text(parse(SvgCharts.trend(data)), "title")).isEqualTo("Trend of Adults <65 & carers");
        assertThat(text(parse(SvgCharts.sparkline(new ChartData("x", ValueFormat.number(0), List.of(), null))),
                "desc")).isEqualTo("No values yet.");
    }

    @Test
    void theDataTableHasARowPerPeriodWithItsNotes() {
        ChartData data = data(12, "Q4 2018/19");
        ChartTable table = ChartTable.of(data);
        assertThat(table.caption()).isEqualTo("Values of Council tax collected");
        assertThat(table.headings()).containsExactly("Period", "Value", "Target", "Notes");
        assertThat(table.rows()).hasSize(12);
        assertThat(table.rows().get(0)).containsExactly("Q1 2017/18", "95.0%", "96.0%", "imported history");
        assertThat(table.rows().get(7).get(3)).isEqualTo("same period last year");
        assertThat(table.rows().get(10).get(3)).isEqualTo("provisional");
        ChartTable spc = ChartTable.of(data, SvgCharts.analyse(data, HIGHER, SpcSettings.STANDARD));
        assertThat(spc.headings()).containsExactly("Period", "Value", "Mean", "Lower process limit",
                "Upper process limit", "Variation");
        assertThat(spc.rows()).hasSize(12);
        assertThat(spc.rows().get(10).get(1)).endsWith("(provisional)");
    }

    @Test
    void everyColourPassesWcagAaContrastOnWhite() {
        for (String colour : List.of(ChartColours.INK, ChartColours.VALUE, ChartColours.TARGET, ChartColours.LIMIT,
                ChartColours.IMPROVEMENT, ChartColours.CONCERN, ChartColours.NEITHER)) {
            assertThat(contrastOnWhite(colour)).as(colour).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** Twelve quarters from Q1 2017/18, the first four imported history, Q3 2019/20 provisional. */
    static ChartData data(int count, String samePeriodLastYear) {
        String[] values = {"95.0", "95.2", "95.1", "95.3", "95.4", "95.5", "95.3", "95.6", "95.8", "95.7", "95.9",
            "96.1"};
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String period = "Q" + (i % 4 + 1) + " " + (2017 + i / 4) + "/" + (18 + i / 4);
            points.add(new ChartPoint(period, new BigDecimal(values[i]), new BigDecimal("96.0"), i == 10, i < 4));
        }
        return new ChartData("Council tax collected", ValueFormat.percent(1), points, samePeriodLastYear);
    }

    static double contrastOnWhite(String hex) {
        double l = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            l += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (l + 0.05);
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document svg, String tag) {
        return byTag(svg, tag).get(0).getTextContent();
    }

    private static String allText(Document svg) {
        return byTag(svg, "text").stream().map(Element::getTextContent).reduce("", (a, b) -> a + "|" + b);
    }

    private static List<Element> byTag(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<Element> byClass(Document svg, String tag, String cssClass) {
        return byTag(svg, tag).stream().filter(e -> e.getAttribute("class").equals(cssClass)).toList();
    }

    private static int pointsOf(Element polyline) {
        return polyline.getAttribute("points").trim().split(" ").length;
    }
}
