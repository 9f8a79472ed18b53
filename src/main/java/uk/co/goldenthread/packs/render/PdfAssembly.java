package uk.co.goldenthread.packs.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jspecify.annotations.Nullable;

/**
 * One PDF made of parts that openhtmltopdf lays out at the same time on several threads, each thread into a layout
 * document of its own ({@link Layout}), one part after another. Each part makes its own structure tree, outline and
 * page footers, so this joins them, in the parts' order, into the document's: every part's pages, one structure tree
 * (the part's elements under the one Document element, the sections it continues joined to the part before's, its
 * parent tree renumbered after the last part's), one outline with a bookmark per section and the outcomes under
 * "Measures by outcome", links to sections laid out in another part pointed at them, and, at the end, the hash and
 * "page X of Y" over the whole document in every page's footer, drawn as a pagination artifact.
 */
final class PdfAssembly implements Closeable {

    private static final float FOOTER_SIZE = 6.5f;
    private static final COSName MCR = COSName.getPDFName("MCR");
    /** Middle of the 22 mm bottom margin of PackPdf's page style. */
    private static final float FOOTER_BASELINE = 22 / 25.4f * 72 / 2 - FOOTER_SIZE / 3;

    /** A section's bookmark, on the page of its heading. */
    record Bookmark(Parts.Mark mark, PDPageDestination destination, @Nullable COSDictionary element) {
    }

    /** A link to a section laid out in another part, by the section's id. */
    record LinkOut(PDActionGoTo action, String id) {
    }

    /** What one part left in the layout document it was laid out in, for joining in the parts' order. */
    record LaidOut(Layout layout, Parts.Part part, List<PDPage> pages, PDStructureTreeRoot root,
            List<Bookmark> bookmarks, List<LinkOut> links) {
    }

    private final List<Layout> layouts = new ArrayList<>();
    private final java.util.concurrent.BlockingQueue<Layout> free = new java.util.concurrent.LinkedBlockingQueue<>();
    /** The layout document that laid out the first part: the one saved, with every part's pages. */
    private @Nullable Layout first;
    private @Nullable PDStructureTreeRoot root;
    private @Nullable COSDictionary document;
    private final COSArray numbers = new COSArray();
    private int nextKey;
    /** Structure elements of a part that continued one of the part before, and the element they were joined to. */
    private final Map<COSDictionary, COSDictionary> joined = new IdentityHashMap<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private final List<LinkOut> links = new ArrayList<>();
    /** Every part's pages, in the parts' order. */
    private final List<PDPage> pages = new ArrayList<>();

    /**
     * {@code layouts} documents to lay parts out into, one per thread laying out at a time: openhtmltopdf and PDFBox
     * are not safe to share between threads, so each document has its own subset of each font.
     */
    PdfAssembly(StreamCacheCreateFunction cache, FontSource fonts, int layouts) throws IOException {
        byte[] regular;
        byte[] bold;
        try (InputStream r = fonts.regular(); InputStream b = fonts.bold()) {
            regular = withoutGlyphSubstitution(r.readAllBytes());
            bold = withoutGlyphSubstitution(b.readAllBytes());
        }
        try {
            for (int i = 0; i < layouts; i++) {
                var pdf = new PDDocument(cache);
                Layout layout;
                try {
                    layout = new Layout(pdf, regular, bold);
                } catch (IOException | RuntimeException e) {
                    pdf.close();
                    throw e;
                }
                this.layouts.add(layout);
                free.add(layout);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * A document that parts are laid out into, one after another by one thread at a time. openhtmltopdf makes each
     * part's structure tree, outline and links in it; after each part this takes them out, relative to the part's
     * own pages, for {@link PdfAssembly#add} to join.
     */
    static final class Layout {
        private final PDDocument pdf;
        private final PDFont regular;
        private final PDFont bold;
        private int firstPageOfPart;
        /**
         * Every page of this document so far, in order: PDFBox finds a page by its number by walking the page tree's
         * kids from the first, so looking each page up by number cost the square of the pages (10 % of a
         * 2,630-measure pack's time).
         */
        private final List<PDPage> pages = new ArrayList<>();

        private Layout(PDDocument pdf, byte[] regular, byte[] bold) throws IOException {
            this.pdf = pdf;
            // loaded once for every part laid out here: one subset of each in the file per layout document
            this.regular = PDType0Font.load(pdf, new ByteArrayInputStream(regular), true);
            this.bold = PDType0Font.load(pdf, new ByteArrayInputStream(bold), true);
        }

        PDDocument pdf() {
            return pdf;
        }

        PDFont regular() {
            return regular;
        }

        PDFont bold() {
            return bold;
        }

        /** Before openhtmltopdf lays out the next part: it then makes a structure tree and an outline of its own. */
        void beforePart() {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            catalog.setStructureTreeRoot(null);
            catalog.setDocumentOutline(null);
            firstPageOfPart = pdf.getNumberOfPages();
        }

        /** After a part: its pages, with their marked content rewritten, its structure tree, bookmarks and links. */
        LaidOut afterPart(Parts.Part part) {
            int seen = 0;
            for (PDPage page : pdf.getPages()) {
                if (seen++ >= pages.size()) {
                    pages.add(page);
                }
            }
            List<PDPage> partPages = List.copyOf(pages.subList(firstPageOfPart, pages.size()));
            for (PDPage page : partPages) {
                inlineMarkedContentProperties(page);
            }
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            PDStructureTreeRoot partRoot = catalog.getStructureTreeRoot();
            if (partRoot == null) {
                throw new IllegalStateException("openhtmltopdf made no structure tree for a part of the pack");
            }
            return new LaidOut(this, part, partPages, partRoot, takeBookmarks(part, catalog.getDocumentOutline()),
                    takeLinks(part, partPages, numbersOf(partRoot)));
        }

        private List<Bookmark> takeBookmarks(Parts.Part part, @Nullable PDDocumentOutline outline) {
            List<Bookmark> bookmarks = new ArrayList<>();
            List<PDOutlineItem> items = new ArrayList<>();
            if (outline != null) {
                outline.children().forEach(items::add);
            }
            if (items.size() != part.marks().size()) {
                throw new IllegalStateException("A part of the pack has " + part.marks().size() + " sections but "
                        + items.size() + " bookmarks");
            }
            for (int i = 0; i < items.size(); i++) {
                PDOutlineItem item = items.get(i);
                try {
                    if (!(item.getDestination() instanceof PDPageDestination destination)) {
                        throw new IllegalStateException("The bookmark " + item.getTitle() + " goes to no page");
                    }
                    PDStructureElement element = item.getStructureElement();
                    bookmarks.add(new Bookmark(part.marks().get(i), inDocument(destination),
                            element == null ? null : element.getCOSObject()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return bookmarks;
        }

        /**
         * openhtmltopdf points a part's bookmarks and links at the page with the same number counted from the layout
         * document's first page, not the part's: this one is on the part's page.
         */
        private PDPageXYZDestination inDocument(PDPageDestination destination) {
            PDPageXYZDestination moved = copy(destination);
            if (firstPageOfPart > 0) {
                int page = pages.indexOf(destination.getPage());
                moved.setPage(pages.get(firstPageOfPart + page));
            }
            return moved;
        }

        /**
         * Each link annotation of the part gets its text alternative as /Contents (PDF/UA), from the title its Link
         * structure element carries as /Alt; those going to a section in another part are kept to be pointed at it.
         */
        private List<LinkOut> takeLinks(Parts.Part part, List<PDPage> partPages, COSArray partNumbers) {
            List<LinkOut> links = new ArrayList<>();
            Map<Integer, COSBase> parents = new java.util.HashMap<>();
            for (int i = 0; i + 1 < partNumbers.size(); i += 2) {
                parents.put(((COSInteger) partNumbers.getObject(i)).intValue(), partNumbers.getObject(i + 1));
            }
            for (PDPage page : partPages) {
                try {
                    for (PDAnnotation annotation : page.getAnnotations()) {
                        if (!(annotation instanceof PDAnnotationLink link)) {
                            continue;
                        }
                        String alt = parents.get(link.getStructParent()) instanceof COSDictionary element
                                ? element.getString(COSName.ALT) : null;
                        if (alt != null && link.getContents() == null) {
                            link.setContents(alt);
                        }
                        if (link.getAction() instanceof PDActionGoTo go
                                && go.getDestination() instanceof PDPageDestination d) {
                            if (alt != null && part.linksOut().containsKey(alt)) {
                                links.add(new LinkOut(go, part.linksOut().get(alt).substring(1)));
                            } else {
                                go.setDestination(inDocument(d));
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return links;
        }
    }

    /**
     * The font file without its GSUB table, so that PDFBox draws each letter's own glyph. With it, PDFBox put DejaVu's
     * ff / fi / fl / ffi / ffl ligatures into the page (glyphs a screen reader, a search or a copy must map back to
     * letters, drawn narrower than the letters openhtmltopdf laid the line out with), and paid for it with a regular
     * expression compiled for every word it drew: 15 % of the PDF's time and 30 % of its allocations. The table
     * record is dropped from the directory and the tables stay where they were, so every offset still holds; the
     * embedded subsets never carried GSUB (PDFBox keeps only the tables PDF needs).
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        var in = java.nio.ByteBuffer.wrap(ttf);
        int tables = Short.toUnsignedInt(in.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (in.getInt(record) == 0x47535542) { // "GSUB"
                byte[] out = ttf.clone();
                System.arraycopy(ttf, record + 16, out, record, 16 * (tables - i - 1));
                java.util.Arrays.fill(out, 12 + 16 * (tables - 1), 12 + 16 * tables, (byte) 0);
                var header = java.nio.ByteBuffer.wrap(out);
                int count = tables - 1;
                int power = Integer.highestOneBit(count);
                header.putShort(4, (short) count);
                header.putShort(6, (short) (power * 16));
                header.putShort(8, (short) Integer.numberOfTrailingZeros(power));
                header.putShort(10, (short) (count * 16 - power * 16));
                return out;
            }
        }
        return ttf;
    }

    /** The shipped font files. */
    interface FontSource {
        InputStream regular();

        InputStream bold();
    }

    /** A layout document no other thread is laying out into; {@link #giveBack} it after the part. */
    Layout take() throws InterruptedException {
        return free.take();
    }

    void giveBack(Layout layout) {
        free.add(layout);
    }

    /** A part laid out, in the parts' order: its pages follow the part before's, its structure tree joins theirs. */
    void add(LaidOut part) {
        if (first == null) {
            first = part.layout();
        }
        pages.addAll(part.pages());
        bookmarks.addAll(part.bookmarks());
        links.addAll(part.links());
        if (root == null || document == null) {
            root = part.root();
            document = documentElement(part.root());
            numbers.addAll(numbersOf(part.root()));
            nextKey = part.root().getParentTreeNextKey();
        } else {
            join(document, documentElement(part.root()), part.part().continued());
            renumber(part);
        }
    }

    /**
     * openhtmltopdf gives every marked-content sequence of a page its property list as a named resource of the page
     * ({@code /Span /Prop12 BDC}, with {@code /Prop12 <</MCID 7>>} in the page's /Properties), and opens an artifact
     * with a bounding box for the background and borders of every box it paints, even a box on another page, which
     * then holds nothing: on the pack's pages 56 % of all the PDF's dictionaries were such artifacts and 18 % such
     * MCID lists, each a dictionary (and an array of four numbers) kept in memory until the file was written. Here,
     * after each part, each property list is written into the content stream itself ({@code /Span <</MCID 7>> BDC},
     * the form most producers write; the same marked content, the same MCIDs, the same structure), the artifacts that
     * hold nothing are dropped, and the page's /Properties go.
     */
    private static void inlineMarkedContentProperties(PDPage page) {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        List<org.apache.pdfbox.cos.COSStream> streams = new ArrayList<>();
        if (contents instanceof org.apache.pdfbox.cos.COSStream stream) {
            streams.add(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof org.apache.pdfbox.cos.COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        java.util.Set<COSName> inlined = new java.util.HashSet<>();
        // a COSDictionary finds a key by looking at each in turn: a page's hundreds of lists are looked up once each
        Map<COSName, COSDictionary> lists = new java.util.HashMap<>();
        for (var entry : properties.entrySet()) {
            COSBase value = entry.getValue() instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : entry.getValue();
            if (value instanceof COSDictionary list) {
                lists.put(entry.getKey(), list);
            }
        }
        try {
            for (var stream : streams) {
                byte[] bytes;
                try (InputStream in = stream.createInputStream()) {
                    bytes = in.readAllBytes();
                }
                byte[] rewritten = inline(bytes, lists, inlined);
                if (rewritten != bytes) {
                    try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        out.write(rewritten);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A page of the pack could not be rewritten", e);
        }
        inlined.forEach(properties::removeItem);
        if (properties.size() == 0) {
            resources.removeItem(COSName.PROPERTIES);
        }
    }

    /**
     * BDC operators of a content stream as PDFBox writes them, one operator a line: a literal string that PDFBox
     * writes never holds a line feed (it writes such a string in hex), so a line is never part of a string.
     */
    private static final java.util.regex.Pattern BDC = java.util.regex.Pattern.compile(
            "^/([^\\s/\\[\\]<>(){}%]+) /([^\\s/\\[\\]<>(){}%]+) BDC\n(EMC\n)?",
            java.util.regex.Pattern.MULTILINE | java.util.regex.Pattern.UNIX_LINES);

    static byte[] inline(byte[] bytes, Map<COSName, COSDictionary> properties, java.util.Set<COSName> inlined)
            throws IOException {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        var matcher = BDC.matcher(text);
        var out = new ByteArrayOutputStream(bytes.length);
        int at = 0;
        boolean changed = false;
        while (matcher.find()) {
            COSName name = COSName.getPDFName(matcher.group(2));
            COSDictionary list = properties.get(name);
            if (list == null || !inlinable(list)) {
                continue;
            }
            out.write(bytes, at, matcher.start() - at);
            at = matcher.end();
            changed = true;
            inlined.add(name);
            boolean empty = matcher.group(3) != null;
            if (empty && matcher.group(1).equals("Artifact")) {
                continue; // an artifact that draws nothing
            }
            out.write(bytes, matcher.start(), matcher.start(2) - 1 - matcher.start());
            write(list, out);
            out.write(" BDC\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if (empty) {
                out.write("EMC\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        if (!changed) {
            return bytes;
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** A property list of names, numbers and arrays of numbers (an MCID, an artifact's type and box). */
    private static boolean inlinable(COSDictionary list) {
        for (COSBase value : list.getValues()) {
            if (value instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (!(array.get(i) instanceof org.apache.pdfbox.cos.COSNumber)) {
                        return false;
                    }
                }
            } else if (!(value instanceof COSName || value instanceof org.apache.pdfbox.cos.COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private static void write(COSDictionary list, java.io.OutputStream out) throws IOException {
        out.write("<<".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (var entry : list.entrySet()) {
            entry.getKey().writePDF(out);
            out.write(' ');
            if (entry.getValue() instanceof COSArray array) {
                out.write('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.write(' ');
                    }
                    number(array.get(i), out);
                }
                out.write(']');
            } else if (entry.getValue() instanceof COSName value) {
                value.writePDF(out);
            } else {
                number(entry.getValue(), out);
            }
            out.write(' ');
        }
        out.write(">>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static void number(COSBase value, java.io.OutputStream out) throws IOException {
        if (value instanceof COSInteger integer) {
            integer.writePDF(out);
        } else if (value instanceof org.apache.pdfbox.cos.COSFloat real) {
            real.writePDF(out);
        }
    }

    /**
     * The document saved: the layout document of the first part, with every part's pages in order (PDFBox writes what
     * the pages of the other layout documents hold from those documents, which stay open until then), its outline,
     * cross-part links and footers ("SHA-256 … | page X of Y").
     */
    byte[] finish(String sha256) throws IOException {
        if (root == null || first == null) {
            throw new IllegalStateException("The pack's PDF has no parts");
        }
        PDDocument pdf = first.pdf;
        var tree = new COSDictionary();
        tree.setItem(COSName.NUMS, numbers);
        root.setParentTree(new PDNumberTreeNode(tree, COSBase.class));
        root.setParentTreeNextKey(nextKey);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        catalog.setDocumentOutline(outline());
        var pageTree = new COSDictionary();
        pageTree.setItem(COSName.TYPE, COSName.PAGES);
        pageTree.setItem(COSName.KIDS, new COSArray());
        pageTree.setInt(COSName.COUNT, 0);
        catalog.getCOSObject().setItem(COSName.PAGES, pageTree);
        PDPageTree ordered = catalog.getPages();
        pages.forEach(ordered::add);
        for (LinkOut link : links) {
            Bookmark target = bookmarks.stream().filter(b -> b.mark().id().equals(link.id())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("A link in the pack goes to #" + link.id()
                            + ", which is not a section of it"));
            link.action().setDestination(copy(target.destination()));
        }
        footers(pdf, first.regular, sha256);
        for (Layout layout : layouts) {
            if (layout != first && !layout.pages.isEmpty()) {
                // saving subsets only the saved document's own fonts
                layout.regular.subset();
                layout.bold.subset();
            }
        }
        var out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Layout layout : layouts) {
            try {
                layout.pdf.close();
            } catch (IOException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private PDDocumentOutline outline() {
        var outline = new PDDocumentOutline();
        PDOutlineItem section = null;
        for (Bookmark b : bookmarks) {
            var item = new PDOutlineItem();
            item.setTitle(b.mark().title());
            item.setDestination(b.destination());
            if (b.element() != null) {
                item.setStructureElement(new PDStructureElement(joined.getOrDefault(b.element(), b.element())));
            }
            if (b.mark().level() == 1 || section == null) {
                outline.addLast(item);
                section = item;
            } else {
                section.addLast(item);
            }
        }
        return outline;
    }

    private static PDPageXYZDestination copy(PDPageDestination destination) {
        var copy = new PDPageXYZDestination();
        copy.setPage(destination.getPage());
        if (destination instanceof PDPageXYZDestination xyz) {
            copy.setTop(xyz.getTop());
            copy.setLeft(xyz.getLeft());
        }
        return copy;
    }

    private static COSDictionary documentElement(PDStructureTreeRoot partRoot) {
        for (Object kid : partRoot.getKids()) {
            if (kid instanceof PDStructureElement e) {
                return e.getCOSObject();
            }
        }
        throw new IllegalStateException("A part of the pack's structure tree has no Document element");
    }

    /**
     * Puts the kids of a part's element under the document's element. The first {@code depth} levels are the part's
     * copies of elements the part before already began (body, main, the section of outcomes, the outcome): their kids
     * join the element begun there instead of making a second one.
     */
    private void join(COSDictionary into, COSDictionary from, int depth) {
        List<COSBase> kids = kids(from);
        int first = 0;
        if (depth > 0 && !kids.isEmpty() && isElement(kids.getFirst())) {
            COSDictionary last = lastElement(into);
            COSDictionary continued = (COSDictionary) kids.getFirst();
            if (last != null && last.getCOSName(COSName.S).equals(continued.getCOSName(COSName.S))) {
                join(last, continued, depth - 1);
                first = 1;
            }
        }
        for (int i = first; i < kids.size(); i++) {
            adopt(into, from, kids.get(i));
        }
        joined.put(from, into);
    }

    private static void adopt(COSDictionary into, COSDictionary from, COSBase kid) {
        COSBase moved = kid;
        if (kid instanceof COSInteger mcid) {
            // a marked-content id alone is on its element's page: say which, now that it has another parent
            var reference = new COSDictionary();
            reference.setItem(COSName.TYPE, MCR);
            reference.setItem(COSName.PG, from.getItem(COSName.PG));
            reference.setItem(COSName.MCID, mcid);
            moved = reference;
        } else if (kid instanceof COSDictionary d) {
            if (isElement(d)) {
                d.setItem(COSName.P, into);
            } else if (d.getItem(COSName.PG) == null && from.getItem(COSName.PG) != null) {
                d.setItem(COSName.PG, from.getItem(COSName.PG));
            }
        }
        COSBase k = into.getDictionaryObject(COSName.K);
        COSArray array;
        if (k instanceof COSArray a) {
            array = a;
        } else {
            array = new COSArray();
            if (k != null) {
                array.add(k);
            }
            into.setItem(COSName.K, array);
        }
        array.add(moved);
    }

    private static List<COSBase> kids(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(array.getObject(i));
            }
        } else if (k != null) {
            kids.add(k);
        }
        return kids;
    }

    private static @Nullable COSDictionary lastElement(COSDictionary element) {
        List<COSBase> kids = kids(element);
        for (int i = kids.size() - 1; i >= 0; i--) {
            if (isElement(kids.get(i))) {
                return (COSDictionary) kids.get(i);
            }
        }
        return null;
    }

    private static boolean isElement(COSBase kid) {
        return kid instanceof COSDictionary d && d.getCOSName(COSName.S) != null
                && !MCR.equals(d.getCOSName(COSName.TYPE)) && !COSName.OBJR.equals(d.getCOSName(COSName.TYPE));
    }

    private static COSArray numbersOf(PDStructureTreeRoot partRoot) {
        PDNumberTreeNode tree = partRoot.getParentTree();
        COSBase nums = tree == null ? null : tree.getCOSObject().getDictionaryObject(COSName.NUMS);
        if (!(nums instanceof COSArray array)) {
            throw new IllegalStateException("A part of the pack has no flat parent tree");
        }
        return array;
    }

    /** The part's parent tree after the document's: its keys, its pages' and annotations' keys, joined elements. */
    private void renumber(LaidOut part) {
        PDStructureTreeRoot partRoot = part.root();
        COSArray nums = numbersOf(partRoot);
        int offset = nextKey;
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            int key = ((COSInteger) nums.getObject(i)).intValue();
            numbers.add(COSInteger.get(key + offset));
            COSBase value = nums.getObject(i + 1);
            if (value instanceof COSArray parents) {
                var renamed = new COSArray();
                for (int j = 0; j < parents.size(); j++) {
                    COSBase parent = parents.getObject(j);
                    renamed.add(parent instanceof COSDictionary d ? joined.getOrDefault(d, d) : parent);
                }
                numbers.add(renamed);
            } else {
                numbers.add(value instanceof COSDictionary d ? joined.getOrDefault(d, d) : value);
            }
        }
        for (PDPage page : part.pages()) {
            COSDictionary dict = page.getCOSObject();
            if (dict.containsKey(COSName.STRUCT_PARENTS)) {
                dict.setInt(COSName.STRUCT_PARENTS, dict.getInt(COSName.STRUCT_PARENTS) + offset);
            }
            try {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    COSDictionary a = annotation.getCOSObject();
                    if (a.containsKey(COSName.STRUCT_PARENT)) {
                        a.setInt(COSName.STRUCT_PARENT, a.getInt(COSName.STRUCT_PARENT) + offset);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        nextKey += partRoot.getParentTreeNextKey();
    }

    private void footers(PDDocument pdf, PDFont regular, String sha256) throws IOException {
        int total = pages.size();
        for (int p = 0; p < total; p++) {
            PDPage page = pages.get(p);
            String text = "SHA-256 " + sha256 + "  |  page " + (p + 1) + " of " + total;
            PDRectangle box = page.getMediaBox();
            float width = regular.getStringWidth(text) / 1000 * FOOTER_SIZE;
            var artifact = new COSDictionary();
            artifact.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
            artifact.setItem(COSName.SUBTYPE, COSName.getPDFName("Footer"));
            try (var cs = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(artifact));
                cs.beginText();
                cs.setFont(regular, FOOTER_SIZE);
                cs.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2,
                        box.getLowerLeftY() + FOOTER_BASELINE);
                cs.showText(text);
                cs.endText();
                cs.endMarkedContent();
            }
        }
    }
}
