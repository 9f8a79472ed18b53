package uk.co.goldenthread.packs.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The pack as a tagged PDF (PDF/UA) made from the same HTML: language and title from the page, a bookmark per
 * section, DejaVu Sans embedded (shipped in fonts/), the version's SHA-256 in the footer of every page, and each chart
 * a figure whose text alternative is the chart's title and description, drawn with real text by {@link PdfChartDrawer}.
 * openhtmltopdf lays the page out in {@link Parts} of about 40 measures, on a thread per processor at once, which
 * {@link PdfAssembly} joins into one document: laid out whole, a large council's pack held every page's boxes at
 * once, and on one thread the other processors did nothing.
 */
@Component
public class PackPdf {

    private static final String FONT = "DejaVu Sans";
    private static final String MARGINS = "@page { size: A4; margin: 18mm 15mm 22mm 15mm; }";

    private static final PdfAssembly.FontSource FONTS = new PdfAssembly.FontSource() {
        @Override
        public InputStream regular() {
            return font("fonts/DejaVuSans.ttf");
        }

        @Override
        public InputStream bold() {
            return font("fonts/DejaVuSans-Bold.ttf");
        }
    };
    /** Threads laying parts out at once: one per processor, no more than four. */
    private static final int THREADS = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);

    private final int measuresPerPart;
    private final StreamCacheCreateFunction cache;
    private final int threads;

    public PackPdf() {
        this(Parts.MEASURES, IOUtils.createMemoryOnlyStreamCache(), THREADS);
    }

    /**
     * For the benchmark and tests: parts of another size, PDFBox's streams in a scratch file instead of memory, or
     * another number of threads laying parts out at once (1 lays them out one after another on one thread).
     */
    public PackPdf(int measuresPerPart, StreamCacheCreateFunction cache, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread lays the pack's PDF out, not " + threads);
        }
        this.measuresPerPart = measuresPerPart;
        this.cache = cache;
        this.threads = threads;
    }

    /**
     * The PDF: its parts laid out by up to {@code threads} threads at once, each into a layout document of its own,
     * and joined in order on this thread as each is done.
     */
    public byte[] render(String html, String sha256) {
        var parts = new AtomicReferenceArray<>(Parts.of(prepare(html, MARGINS), measuresPerPart)
                .toArray(Parts.Part[]::new));
        int layouts = Math.min(threads, parts.length());
        try (var assembly = new PdfAssembly(cache, FONTS, layouts)) {
            var counter = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(layouts, task -> {
                var thread = new Thread(task, "pack-pdf-" + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<PdfAssembly.LaidOut>> laidOut = new ArrayList<>();
                for (int i = 0; i < parts.length(); i++) {
                    int index = i;
                    // each part's jsoup page is dropped once taken, and openhtmltopdf's copy once laid out
                    laidOut.add(pool.submit(() -> layOut(assembly,
                            Objects.requireNonNull(parts.getAndSet(index, null)))));
                }
                for (Future<PdfAssembly.LaidOut> part : laidOut) {
                    assembly.add(done(part));
                }
            } finally {
                stop(pool);
            }
            return assembly.finish(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("The pack's PDF could not be made", e);
        }
    }

    private static PdfAssembly.LaidOut layOut(PdfAssembly assembly, Parts.Part part) throws IOException,
            InterruptedException {
        PdfAssembly.Layout layout = assembly.take();
        try {
            layout.beforePart();
            var builder = builder(w3c(Objects.requireNonNull(part.page())));
            part = part.withoutPage();
            builder.useFont(new PDFontSupplier(layout.regular()), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(layout.bold()), FONT, 700, FontStyle.NORMAL, true);
            builder.usePDDocument(layout.pdf());
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            return layout.afterPart(part);
        } finally {
            assembly.giveBack(layout);
        }
    }

    private static PdfAssembly.LaidOut done(Future<PdfAssembly.LaidOut> part) throws IOException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Making the pack's PDF was interrupted", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                case null, default ->
                    throw new IllegalStateException("A part of the pack's PDF could not be laid out", e);
            }
        }
    }

    /** No thread still lays out into a document once it is closed: the parts not begun are not begun. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("A part of the pack's PDF was still being laid out after 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The PDF laid out as one document, as before it was made in parts: kept as the benchmark's baseline
     * (PdfBenchmark), the footer's page numbers from openhtmltopdf's counters.
     */
    public byte[] renderWhole(String html, String sha256) {
        Document page = prepare(html, MARGINS.replace(" }", " @bottom-center { content: 'SHA-256 " + sha256
                + "  |  page ' counter(page) ' of ' counter(pages); font-family: '" + FONT + "'; font-size: 6.5pt; } }"));
        page.head().appendChild(bookmarks(page));
        var out = new ByteArrayOutputStream();
        var builder = builder(w3c(page));
        builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The pack's PDF could not be made", e);
        }
        return out.toByteArray();
    }

    private static PdfRendererBuilder builder(org.w3c.dom.Document w3c) {
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useSVGDrawer(new PdfChartDrawer(FONT));
        builder.withW3cDocument(w3c, "/");
        return builder;
    }

    private static Document prepare(String html, String page) {
        Document doc = Jsoup.parse(html);
        doc.head().appendElement("style").text(page + pageStyle());
        describeCharts(doc);
        describeLinks(doc);
        return doc;
    }

    /** The page as openhtmltopdf reads it; the jsoup copy is left behind, unreachable while the PDF is made. */
    private static org.w3c.dom.Document w3c(Document doc) {
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(doc);
        forgetSource(w3c);
        return w3c;
    }

    /** W3CDom links every node back to its jsoup node, which would keep the whole jsoup copy alive. */
    private static void forgetSource(org.w3c.dom.Node node) {
        node.setUserData(W3CDom.SourceProperty, null, null);
        for (org.w3c.dom.Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            forgetSource(n);
        }
    }

    private static String pageStyle() {
        return " .skip-link, .site-header { display: none; } main { max-width: none; }"
                + " body { font-size: 10pt; } table { page-break-inside: auto; } tr { page-break-inside: avoid; }"
                + " .chart { page-break-inside: avoid; } table.values tbody th { white-space: nowrap; }"
                // a scroll region means nothing on paper, and overflow other than visible clips in openhtmltopdf
                + " .table-scroll { overflow: visible; max-width: none; }";
    }

    /**
     * The PDF's figure for a chart takes its text alternative (/Alt) from the alt attribute: the chart's aria-label,
     * or its title and description, which screen readers read in the HTML. Its data table follows it.
     */
    static void describeCharts(Document doc) {
        for (Element svg : doc.select("svg")) {
            String alt = svg.attr("aria-label");
            if (alt.isBlank()) {
                Element title = svg.selectFirst("title");
                Element desc = svg.selectFirst("desc");
                alt = ((title == null ? "" : title.text() + ". ") + (desc == null ? "" : desc.text())).strip();
            }
            svg.attr("alt", alt.isBlank() ? "Chart" : alt);
        }
    }

    /** A link's title is its text alternative in the PDF (PDF/UA): openhtmltopdf does not take its words. */
    private static void describeLinks(Document doc) {
        for (Element a : doc.select("a[href]")) {
            if (!a.hasAttr("title")) {
                a.attr("title", a.text().strip());
            }
        }
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
