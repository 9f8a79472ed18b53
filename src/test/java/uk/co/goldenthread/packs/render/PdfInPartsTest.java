package uk.co.goldenthread.packs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.benchmark.PackBenchmark;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;

/**
 * The pack's PDF laid out in parts (here 5 measures each, so three parts, one starting inside an outcome) is still one
 * document, read back with PDFBox: one structure tree shaped as the whole document's, in en-GB; one outline with a
 * bookmark per section and the outcomes under "Measures by outcome", each on the page that has its heading; the
 * Contents links go to the pages of their sections, even in another part; and every page's footer has the hash and
 * "page X of Y" counted over the whole document. The parts are laid out on two threads at once, each into a document of
 * its own, and the result is the one thread's.
 */
class PdfInPartsTest {

    private static String sha;
    private static PDDocument parts;
    private static PDDocument whole;
    private static PDDocument oneThread;

    @BeforeAll
    static void render() throws IOException {
        PackSnapshot snapshot = PackBenchmark.snapshot(12);
        sha = CanonicalJson.sha256(CanonicalJson.of(snapshot));
        String html = new PackHtml("").render(new PackReport(snapshot, sha));
        parts = Loader.loadPDF(new PackPdf(5, IOUtils.createMemoryOnlyStreamCache(), 2).render(html, sha));
        oneThread = Loader.loadPDF(new PackPdf(5, IOUtils.createMemoryOnlyStreamCache(), 1).render(html, sha));
        whole = Loader.loadPDF(new PackPdf().renderWhole(html, sha));
    }

    /** Parts laid out on two threads at once make the document that one thread laying them out in turn makes. */
    @Test
    void twoThreadsMakeThePagesAndTreeOfOne() throws IOException {
        assertThat(parts.getNumberOfPages()).isEqualTo(oneThread.getNumberOfPages());
        var stripper = new PDFTextStripper();
        assertThat(stripper.getText(parts)).isEqualTo(stripper.getText(oneThread));
        assertThat(shape(parts.getDocumentCatalog().getStructureTreeRoot()))
                .isEqualTo(shape(oneThread.getDocumentCatalog().getStructureTreeRoot()));
        List<String> outline = new ArrayList<>();
        List<String> outlineOfOne = new ArrayList<>();
        parts.getDocumentCatalog().getDocumentOutline().children().forEach(i -> outline.add(i.getTitle()));
        oneThread.getDocumentCatalog().getDocumentOutline().children().forEach(i -> outlineOfOne.add(i.getTitle()));
        assertThat(outline).isEqualTo(outlineOfOne);
    }

    @Test
    void oneStructureTreeShapedAsTheWholeDocumentsInBritishEnglish() throws IOException {
        assertThat(parts.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        var root = parts.getDocumentCatalog().getStructureTreeRoot();
        assertThat(root.getKids()).hasSize(1).first().isInstanceOfSatisfying(PDStructureElement.class, d -> {
            assertThat(d.getStructureType()).isEqualTo("Document");
            assertThat(d.getLanguage()).isEqualTo("en-GB");
        });
        assertThat(shape(root)).isEqualTo(shape(whole.getDocumentCatalog().getStructureTreeRoot()));

        COSArray nums = (COSArray) root.getParentTree().getCOSObject().getDictionaryObject(COSName.NUMS);
        Set<Integer> keys = new HashSet<>();
        for (int i = 0; i < nums.size(); i += 2) {
            assertThat(keys.add(((COSInteger) nums.getObject(i)).intValue())).as("parent tree keys are unique").isTrue();
        }
        for (PDPage page : parts.getPages()) {
            assertThat(keys).contains(page.getStructParents());
            for (PDAnnotation a : page.getAnnotations()) {
                assertThat(keys).contains(a.getStructParent());
            }
        }
        assertThat(root.getParentTreeNextKey()).isEqualTo(keys.size());
    }

    /**
     * Every marked-content sequence with an MCID on a page is one the page's entry in the parent tree points at a
     * structure element for, read as PDFBox reads marked content; and each sequence carries its properties in the
     * page's content, not as a named resource of its own (the page keeps at most the footer's).
     */
    @Test
    void everyMarkedContentSequenceOfAPageBelongsToAStructureElement() throws IOException {
        var root = parts.getDocumentCatalog().getStructureTreeRoot();
        COSArray nums = (COSArray) root.getParentTree().getCOSObject().getDictionaryObject(COSName.NUMS);
        java.util.Map<Integer, org.apache.pdfbox.cos.COSBase> parents = new java.util.HashMap<>();
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            parents.put(((COSInteger) nums.getObject(i)).intValue(), nums.getObject(i + 1));
        }
        int marked = 0;
        for (PDPage page : parts.getPages()) {
            var extractor = new org.apache.pdfbox.text.PDFMarkedContentExtractor();
            extractor.processPage(page);
            COSArray elements = (COSArray) parents.get(page.getStructParents());
            List<Integer> mcids = new ArrayList<>();
            mcids(extractor.getMarkedContents(), mcids);
            for (int mcid : mcids) {
                assertThat(elements.getObject(mcid)).as("MCID " + mcid)
                        .isInstanceOf(org.apache.pdfbox.cos.COSDictionary.class);
            }
            marked += mcids.size();
            assertThat(page.getResources().getPropertiesNames()).as("named property lists").hasSizeLessThan(2);
        }
        assertThat(marked).isGreaterThan(parts.getNumberOfPages() * 10);
    }

    private static void mcids(List<?> contents, List<Integer> found) {
        for (Object item : contents) {
            if (item instanceof org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent mc) {
                if (mc.getMCID() >= 0) {
                    found.add(mc.getMCID());
                }
                mcids(mc.getContents(), found);
            }
        }
    }

    @Test
    void oneOutlineWithABookmarkPerSectionOnThePageOfItsHeading() throws IOException {
        List<String> top = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (PDOutlineItem item : parts.getDocumentCatalog().getDocumentOutline().children()) {
            top.add(item.getTitle());
            assertThat(textOf(page(item.getDestination()))).contains(item.getTitle());
            for (PDOutlineItem sub : item.children()) {
                outcomes.add(sub.getTitle());
                assertThat(textOf(page(sub.getDestination()))).as(sub.getTitle()).contains(sub.getTitle());
            }
        }
        assertThat(top).containsExactly("Performance report Q4 2019/20", "Executive summary", "Exceptions",
                "Measures by outcome", "Intentions and milestones", "Data-quality annex", "Missing returns",
                "Late returns");
        assertThat(outcomes).hasSize(10).allSatisfy(o -> assertThat(o).startsWith("Strategic outcome: Outcome "));
        assertThat(pageOf("Late returns")).as("in the last part").isEqualTo(parts.getNumberOfPages());
    }

    @Test
    void theContentsLinksGoToTheirSectionsPagesInEveryPart() throws IOException {
        List<String> followed = new ArrayList<>();
        for (PDAnnotation a : parts.getPage(0).getAnnotations()) {
            if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go) {
                assertThat(link.getContents()).as("text alternative of the link").isNotBlank();
                int page = page(go.getDestination());
                assertThat(page).as(link.getContents()).isEqualTo(pageOf(link.getContents()));
                followed.add(link.getContents());
            }
        }
        assertThat(followed).containsExactly("Executive summary", "Exceptions", "Measures by outcome",
                "Intentions and milestones", "Data-quality annex", "Missing returns", "Late returns");
    }

    @Test
    void everyPageFooterHasTheHashAndItsNumberOfAllPages() throws IOException {
        int pages = parts.getNumberOfPages();
        assertThat(pages).isGreaterThan(whole.getNumberOfPages() - 1);
        for (int p = 1; p <= pages; p++) {
            assertThat(textOf(p)).contains("SHA-256 " + sha + "  |  page " + p + " of " + pages);
        }
    }

    private static int pageOf(String title) throws IOException {
        for (PDOutlineItem item : parts.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(title)) {
                return page(item.getDestination());
            }
        }
        throw new AssertionError("No bookmark " + title);
    }

    private static int page(Object destination) throws IOException {
        assertThat(destination).isInstanceOf(PDPageDestination.class);
        return parts.getPages().indexOf(((PDPageDestination) destination).getPage()) + 1;
    }

    private static String textOf(int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(parts);
    }

    /** The tree's element types, nested: "Document(Div(Div(Sect(H1 ...)...)))". */
    private static String shape(PDStructureNode node) {
        var shape = new StringBuilder();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                shape.append(e.getStructureType()).append('(').append(shape(e)).append(')');
            }
        }
        return shape.toString();
    }
}
