package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;

/**
 * Each measure with a history has its XmR chart in the pack, with the sentence that sums it up and its data table;
 * in the PDF the chart is really drawn as vector paths, not an empty box (its words are real text: ChartsInThePdfTest).
 */
@SpringBootTest
@Transactional
class SpcChartInThePackTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theSpcChartAndItsTableAreInTheHtmlAndReallyDrawnInThePdf() throws Exception {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2030, 2).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);

        String html = new String(file(pack, "pack.html"), StandardCharsets.UTF_8);
        String article = html.substring(html.indexOf("<h4>FIN01 "));
        article = article.substring(0, article.indexOf("</article>"));
        assertThat(article).contains("Statistical process control: </strong>",
                "<title id=", "Statistical process control chart of FIN01",
                "<caption>Recent values of FIN01 with their process control (trial limits)</caption>",
                "<th scope=\"col\">Value</th><th scope=\"col\">Mean</th>",
                "<th scope=\"col\">Lower process limit</th>", "<th scope=\"col\">Upper process limit</th>",
                "<th scope=\"col\">Variation</th>", "Process limits", "<th scope=\"row\">Q2 2030/31</th>");
        int charts = article.split("<svg", -1).length - 1;
        assertThat(charts).as("the trend chart and the SPC chart").isEqualTo(2);
        assertThat(article.split("<table", -1).length - 1).as("one table of recent values, after both charts")
                .isEqualTo(1);
        assertThat(article.indexOf("<table")).isGreaterThan(article.lastIndexOf("</svg>"));
        assertThat(article.split("<th scope=\"row\">Q2 2030/31</th>", -1).length - 1).as("each period once")
                .isEqualTo(1);

        try (PDDocument pdf = Loader.loadPDF(file(pack, "pack.pdf"))) {
            int page = pageWith(pdf, "Recent values of FIN01 with their process control");
            assertThat(page).as("a page holds FIN01's table of values and process control").isPositive();
            assertThat(textOf(pdf, page, page + 1).replaceAll("\\s+", " ")).as("headings wrap by word; periods do not")
                    .contains("Lower process limit", "Upper process limit", "Variation", "Q2 2030/31");
            Map<String, Integer> ops = new HashMap<>();
            for (int p = Math.max(1, page - 1); p <= Math.min(pdf.getNumberOfPages(), page); p++) {
                PDPage pdPage = pdf.getPage(p - 1);
                count(pdPage, pdPage.getResources(), ops, 0);
            }
            assertThat(ops.getOrDefault("c", 0)).as("curves of the chart's round points and icons: %s", ops)
                    .isGreaterThanOrEqualTo(16);
            assertThat(ops.getOrDefault("l", 0)).as("line segments of the chart: %s", ops).isGreaterThanOrEqualTo(10);
            assertThat(ops.getOrDefault("S", 0) + ops.getOrDefault("s", 0)).as("strokes: %s", ops).isPositive();
            assertThat(ops.getOrDefault("d", 0)).as("dashed process limits and target: %s", ops).isPositive();
        }
    }

    /**
     * Counts the operators inside the forms (XObjects) a page draws: openhtmltopdf draws each SVG as a form, so these
     * are the charts' own paths; an SVG that failed to render would leave an empty box with none.
     */
    private static void count(PDContentStream stream, PDResources resources, Map<String, Integer> ops, int depth)
            throws IOException {
        if (depth > 0) {
            for (Object token : new PDFStreamParser(stream).parse()) {
                if (token instanceof Operator op) {
                    ops.merge(op.getName(), 1, Integer::sum);
                }
            }
        }
        if (resources == null || depth > 4) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                count(form, form.getResources() == null ? resources : form.getResources(), ops, depth + 1);
            }
        }
    }

    private static int pageWith(PDDocument pdf, String wanted) throws IOException {
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            if (textOf(pdf, p, p).contains(wanted)) {
                return p;
            }
        }
        return -1;
    }

    private static String textOf(PDDocument pdf, int from, int to) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(Math.max(1, from));
        stripper.setEndPage(Math.min(pdf.getNumberOfPages(), to));
        return stripper.getText(pdf);
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }
}
