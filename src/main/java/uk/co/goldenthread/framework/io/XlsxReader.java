package uk.co.goldenthread.framework.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.XMLReader;
import uk.co.goldenthread.framework.io.ImportProblem;

/**
 * Reads an XLSX workbook sheet by sheet as a stream of XML (a 10,000-row sheet never becomes an in-memory workbook):
 * one sheet per table, headings in the first row; refuses formulas and merged cells.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static Map<Table, List<WorkbookRow>> read(String fileName, byte[] content, List<ImportProblem> problems,
            ImportLimits.Budget budget) {
        Map<Table, List<WorkbookRow>> tables = new EnumMap<>(Table.class);
        Path temp = null;
        // Opened from a file, POI unpacks each part only as it is read (from a stream it would unpack all of them into
        // memory first); no part may unpack to more than the whole workbook may
        ZipSecureFile.setMaxEntrySize(Math.min(0xFFFFFFFFL, budget.maxUnpackedBytes()));
        try {
            temp = Files.createTempFile("golden-thread-import-", ".xlsx");
            Files.write(temp, content);
            try (OPCPackage pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                var reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg);
                StylesTable styles = reader.getStylesTable();
                var factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (sheets.hasNext()) {
                    try (InputStream sheet = new Counted(sheets.next(), budget)) {
                        String name = sheets.getSheetName();
                        var table = Headings.tableOf(name, problems);
                        if (table.isPresent()) {
                            var handler = new XlsxSheetHandler(table.get(), name, strings, styles, problems, budget);
                            XMLReader xml = factory.newSAXParser().getXMLReader();
                            xml.setContentHandler(handler);
                            xml.parse(new org.xml.sax.InputSource(sheet));
                            handler.finish();
                            tables.put(table.get(), handler.rows());
                        }
                    }
                }
            }
        } catch (Exception | StackOverflowError e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnreadableFileException refused) {
                    throw refused;
                }
                if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                    throw new UnreadableFileException(budget.unpackedTooMuch());
                }
            }
            throw new UnreadableFileException(fileName + " could not be read as an Excel workbook; it may be damaged. "
                    + "Open it in Excel, save it again as .xlsx and upload that.");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    temp.toFile().deleteOnExit();
                }
            }
        }
        return tables;
    }

    /** A part of the workbook, counted against the budget as it is unpacked. */
    private static final class Counted extends FilterInputStream {
        private final ImportLimits.Budget budget;

        Counted(InputStream in, ImportLimits.Budget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                budget.unpacked(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                budget.unpacked(n);
            }
            return n;
        }
    }
}
