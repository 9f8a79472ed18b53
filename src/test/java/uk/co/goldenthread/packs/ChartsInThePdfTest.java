package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
 * The charts in the PDF are accessible: each is a tagged Figure whose text alternative (/Alt) is the chart's title and
 * description, and the words drawn in the chart (legend, icons' labels, axes) are real text in the embedded font that
 * PDFBox can extract, not glyph outlines.
 */
@SpringBootTest
@Transactional
class ChartsInThePdfTest {

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
    void everyChartIsAFigureWithAltTextAndItsWordsAreRealText() throws Exception {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2029, 1).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);
        String html = new String(file(pack, "pack.html"), java.nio.charset.StandardCharsets.UTF_8);
        int svgs = html.split("<svg", -1).length - 1;

        try (PDDocument pdf = Loader.loadPDF(file(pack, "pack.pdf"))) {
            List<PDStructureElement> figures = new ArrayList<>();
            figures(pdf.getDocumentCatalog().getStructureTreeRoot(), figures);
            assertThat(figures).as("one Figure per chart in the HTML").hasSize(svgs);
            assertThat(figures).allSatisfy(f -> assertThat(f.getAlternateDescription()).isNotBlank());
            assertThat(figures).extracting(PDStructureElement::getAlternateDescription)
                    .anySatisfy(alt -> assertThat(alt).startsWith("Measures by RAG rating: "))
                    .anySatisfy(alt -> assertThat(alt).startsWith("Trend of FIN01 ")
                            .contains("The table that follows gives every value."))
                    .anySatisfy(alt -> assertThat(alt).startsWith("Statistical process control chart of FIN01 "));

            var charts = new ChartText();
            charts.getText(pdf);
            assertThat(charts.text.toString()).as("text drawn inside the charts")
                    .contains("Green", "Amber", "Red", "Value", "Variation: ", "Assurance: ", "Mean",
                            "Process limits");
            assertThat(html.replaceAll("(?s)<svg.*?</svg>", "")).as("only the charts say this")
                    .doesNotContain("Variation: ").doesNotContain("Process limits<");
            assertThat(charts.fonts).as("the charts' fonts").isNotEmpty()
                    .allSatisfy(font -> assertThat(font.getName()).contains("DejaVuSans"))
                    .allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    private static void figures(PDStructureNode node, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    found.add(e);
                }
                figures(e, found);
            }
        }
    }

    /** Only the text drawn inside forms (XObjects), which is where openhtmltopdf puts each chart. */
    private static final class ChartText extends PDFTextStripper {
        final StringBuilder text = new StringBuilder();
        final List<PDFont> fonts = new ArrayList<>();
        private int depth;

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            depth++;
            PDResources resources = form.getResources();
            if (resources != null) {
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            super.showForm(form);
            depth--;
        }

        @Override
        protected void processTextPosition(TextPosition position) {
            if (depth > 0) {
                text.append(position.getUnicode());
            }
        }
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }
}
