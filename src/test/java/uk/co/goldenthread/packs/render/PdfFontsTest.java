package uk.co.goldenthread.packs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.benchmark.PackBenchmark;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;

/**
 * PDF/UA needs every font embedded: every font the pack's PDF uses, on its pages, in its charts (forms), in its
 * annotations' appearances and in any form's default resources, is one of the shipped DejaVu Sans, embedded, and
 * subset once for each thread laying parts out (not once per part). The "fallback font for ZapfDingbats" that
 * openhtmltopdf logs comes from the form fonts it makes for every document and writes only when a page has form
 * controls.
 */
class PdfFontsTest {

    @Test
    void everyFontInThePdfIsEmbeddedDejaVuSansSubsetOnceForEveryThreadLayingOutParts() throws IOException {
        PackSnapshot snapshot = PackBenchmark.snapshot(12);
        String sha = CanonicalJson.sha256(CanonicalJson.of(snapshot));
        String html = new PackHtml("").render(new PackReport(snapshot, sha));
        // three parts of 5 measures: a subset per part would be six fonts
        assertThat(fonts(new PackPdf(5, IOUtils.createMemoryOnlyStreamCache(), 1).render(html, sha)))
                .as("one subset of each, for every part laid out on one thread").hasSize(2);
        assertThat(fonts(new PackPdf(5, IOUtils.createMemoryOnlyStreamCache(), 2).render(html, sha)))
                .as("one subset of each for each of two threads").hasSizeBetween(2, 4);
    }

    /** The names of the fonts the PDF uses anywhere, each checked to be an embedded subset of DejaVu Sans. */
    private static java.util.Set<String> fonts(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                fonts(page.getResources(), fonts, 0);
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a.getAppearance() != null && a.getAppearance().getNormalAppearance() != null
                            && a.getAppearance().getNormalAppearance().isStream()) {
                        PDAppearanceStream stream = a.getAppearance().getNormalAppearance().getAppearanceStream();
                        fonts(stream.getResources(), fonts, 0);
                    }
                }
            }
            if (pdf.getDocumentCatalog().getAcroForm() != null) {
                fonts(pdf.getDocumentCatalog().getAcroForm().getDefaultResources(), fonts, 0);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            });
            return fonts.stream().map(PDFont::getName).collect(java.util.stream.Collectors.toSet());
        }
    }

    /**
     * Words such as "off", "fire" and "flow" are drawn letter by letter: no ligature glyph (U+FB00-FB06) that a
     * screen reader, a search or a copy would have to map back to its letters, and the widths openhtmltopdf laid the
     * line out with (those of the letters) are the widths drawn.
     */
    @Test
    void wordsWithFfFiFlAreDrawnLetterByLetter() throws IOException {
        PackSnapshot snapshot = PackBenchmark.snapshot(12);
        String sha = CanonicalJson.sha256(CanonicalJson.of(snapshot));
        String html = new PackHtml("").render(new PackReport(snapshot, sha));
        assertThat(html).contains("signed off");
        byte[] bytes = new PackPdf(5, IOUtils.createMemoryOnlyStreamCache(), 2).render(html, sha);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            StringBuilder drawn = new StringBuilder();
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    drawn.append(text.getUnicode());
                }
            };
            stripper.getText(pdf);
            assertThat(drawn.toString()).contains("signed off")
                    .doesNotContain("\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04");
        }
    }

    private static void fonts(PDResources resources, List<PDFont> found, int depth) throws IOException {
        if (resources == null || depth > 6) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            found.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts(form.getResources(), found, depth + 1);
            }
        }
    }
}
