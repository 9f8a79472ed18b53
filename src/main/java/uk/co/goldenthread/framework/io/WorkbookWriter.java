package uk.co.goldenthread.framework.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.co.goldenthread.base.export.SafeCells;
import uk.co.goldenthread.base.export.SafeCsvPrinter;

/** Writes tables in the import format: an XLSX workbook with one sheet per table, or a ZIP of UTF-8 CSV files;
 * formula-like text is neutralised either way ({@link SafeCells}, {@link SafeCsvPrinter}). */
public final class WorkbookWriter {

    private static final Set<String> NUMERIC = Set.of("decimal places", "band lower", "band upper", "tolerance",
            "baseline value", "target", "value");
    private static final List<String> INSTRUCTIONS = List.of(
            "How to fill in this workbook (this sheet is ignored on import)",
            "One sheet per table; keep the sheet names and the headings in the first row as they are.",
            "A sheet you do not need may be deleted. Blank cells mean 'not given'.",
            "Lists inside a cell are separated by semicolons (;). Dates are written 2019-10-01.",
            "Financial years are written 2019/20 and quarters Q1 to Q4 (April to June is Q1).",
            "Numbers use a full stop for decimals, with no thousands separators or units.",
            "Type values only: formulas and merged cells are refused.",
            "Codes (code, parent, outcome, measure, intention) are the keys that join the sheets; people are named by "
                    + "username, or 'All ADs' where each AD Delivery reports a measure for their own budget.",
            "Upload the workbook on Import and export: you see what will be added, changed and retired before anything "
                    + "is saved.");

    private WorkbookWriter() {
    }

    /** Every table as a sheet; with {@code instructions}, an Instructions sheet first (for the template). */
    public static byte[] xlsx(FrameworkTables tables, boolean instructions) {
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            var cells = new SafeCells(workbook);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            if (instructions) {
                Sheet sheet = workbook.createSheet(Table.INSTRUCTIONS);
                for (int i = 0; i < INSTRUCTIONS.size(); i++) {
                    cells.text(sheet.createRow(i).createCell(0), INSTRUCTIONS.get(i));
                }
                sheet.getRow(0).getCell(0).setCellStyle(bold);
            }
            for (Table table : Table.values()) {
                Sheet sheet = workbook.createSheet(table.sheetName());
                sheet.createFreezePane(0, 1);
                writeRow(cells, sheet.createRow(0), table.columns(), List.of()).forEach(c -> c.setCellStyle(bold));
                List<List<String>> rows = tables.cells(table);
                for (int r = 0; r < rows.size(); r++) {
                    writeRow(cells, sheet.createRow(r + 1), rows.get(r), table.columns());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table as a CSV file named as the format says (measures.csv ...), in one ZIP. */
    public static byte[] csvZip(FrameworkTables tables) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (Table table : Table.values()) {
                zip.putNextEntry(new ZipEntry(table.fileName()));
                SafeCsvPrinter.writeUtf8WithBom(zip, CSVFormat.RFC4180.builder().setHeader(
                        table.columns().toArray(String[]::new)).get(), printer -> tables.cells(table)
                        .forEach(printer::printRecord));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<org.apache.poi.ss.usermodel.Cell> writeRow(SafeCells safe, Row row, List<String> values,
            List<String> columns) {
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c);
            var cell = row.createCell(c);
            if (!columns.isEmpty() && NUMERIC.contains(columns.get(c)) && isExactDouble(value)) {
                cell.setCellValue(Double.parseDouble(value));
            } else {
                safe.text(cell, value);
            }
        }
        List<org.apache.poi.ss.usermodel.Cell> cells = new java.util.ArrayList<>();
        row.forEach(cells::add);
        return cells;
    }

    private static boolean isExactDouble(String value) {
        try {
            BigDecimal exact = new BigDecimal(value);
            return BigDecimal.valueOf(exact.doubleValue()).compareTo(exact) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
