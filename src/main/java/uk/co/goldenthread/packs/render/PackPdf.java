package uk.co.goldenthread.packs.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The pack as a tagged PDF (PDF/UA) made from the same HTML: language and title from the page, a bookmark per
 * section, DejaVu Sans embedded (shipped in fonts/), and the version's SHA-256 in the footer of every page.
 */
@Component
public class PackPdf {

    private static final String FONT = "DejaVu Sans";

    public byte[] render(String html, String sha256) {
        Document doc = Jsoup.parse(html);
        doc.head().appendElement("style").text(pageStyle(sha256));
        doc.head().appendChild(bookmarks(doc));
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withW3cDocument(new W3CDom().fromJsoup(doc), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The pack's PDF could not be made", e);
        }
        return out.toByteArray();
    }

    private static String pageStyle(String sha256) {
        return "@page { size: A4; margin: 18mm 15mm 22mm 15mm; @bottom-center { content: 'SHA-256 " + sha256
                + "  |  page ' counter(page) ' of ' counter(pages); font-family: '" + FONT
                + "'; font-size: 6.5pt; } } .skip-link, .site-header { display: none; } main { max-width: none; }"
                + " body { font-size: 10pt; } table { page-break-inside: auto; } tr { page-break-inside: avoid; }";
    }

    /** openhtmltopdf's bookmarks element: one per h2 section, with the outcomes under "Measures by outcome". */
    private static Element bookmarks(Document doc) {
        Element marks = new Element("bookmarks");
        for (Element section : doc.select("main > section[id]")) {
            Element heading = section.selectFirst("h1, h2");
            if (heading == null) {
                continue;
            }
            Element mark = marks.appendElement("bookmark").attr("name", heading.text())
                    .attr("href", "#" + section.id());
            for (Element sub : section.select("> section[id]")) {
                Element h3 = sub.selectFirst("h3");
                if (h3 != null) {
                    mark.appendElement("bookmark").attr("name", h3.text()).attr("href", "#" + sub.id());
                }
            }
        }
        return marks;
    }

    private static InputStream font(String path) {
        InputStream in = PackPdf.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The font " + path + " is missing from the application");
        }
        return in;
    }
}
