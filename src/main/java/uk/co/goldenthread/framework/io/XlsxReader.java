package uk.co.goldenthread.framework.io;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
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

    static Map<Table, List<WorkbookRow>> read(String fileName, byte[] content, List<ImportProblem> problems) {
        Map<Table, List<WorkbookRow>> tables = new EnumMap<>(Table.class);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            var factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    var table = Headings.tableOf(name, problems);
                    if (table.isPresent()) {
                        var handler = new XlsxSheetHandler(table.get(), name, strings, styles, problems);
                        XMLReader xml = factory.newSAXParser().getXMLReader();
                        xml.setContentHandler(handler);
                        xml.parse(new org.xml.sax.InputSource(sheet));
                        handler.finish();
                        tables.put(table.get(), handler.rows());
                    }
                }
            }
        } catch (Exception e) {
            throw new UnreadableFileException(fileName + " could not be read as an Excel workbook; it may be damaged. "
                    + "Open it in Excel, save it again as .xlsx and upload that.");
        }
        return tables;
    }
}
