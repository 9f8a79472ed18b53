package uk.co.goldenthread.framework.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.co.goldenthread.framework.ImportProblem;

/** Reads an XLSX workbook: one sheet per table, headings in the first row; refuses formulas and merged cells. */
final class XlsxReader {

    private XlsxReader() {
    }

    static Map<Table, List<WorkbookRow>> read(String fileName, byte[] content, List<ImportProblem> problems) {
        Map<Table, List<WorkbookRow>> tables = new EnumMap<>(Table.class);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                Headings.tableOf(sheet.getSheetName(), problems)
                        .ifPresent(table -> tables.put(table, readSheet(table, sheet, problems)));
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(fileName + " could not be read as an Excel workbook; it may be damaged. "
                    + "Open it in Excel, save it again as .xlsx and upload that.");
        }
        return tables;
    }

    private static List<WorkbookRow> readSheet(Table table, Sheet sheet, List<ImportProblem> problems) {
        String name = sheet.getSheetName();
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            problems.add(new ImportProblem(name, merged.getFirstRow() + 1, CellReference.convertNumToColString(
                    merged.getFirstColumn()), "is part of merged cells " + merged.formatAsString()
                    + "; unmerge them so each value has its own cell."));
        }
        Row headingRow = sheet.getRow(sheet.getFirstRowNum() < 0 ? 0 : sheet.getFirstRowNum());
        List<String> texts = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        if (headingRow != null) {
            for (int c = 0; c < Math.max(headingRow.getLastCellNum(), 0); c++) {
                texts.add(text(name, headingRow.getCell(c), problems));
                refs.add(CellReference.convertNumToColString(c));
            }
        }
        var headings = new Headings(table, name, texts, refs, problems);
        List<WorkbookRow> rows = new ArrayList<>();
        for (int r = headingRow == null ? 0 : headingRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                readRow(name, row, headings, problems).ifPresent(rows::add);
            }
        }
        return rows;
    }

    private static java.util.Optional<WorkbookRow> readRow(String sheet, Row row, Headings headings,
            List<ImportProblem> problems) {
        Map<String, WorkbookRow.Cell> cells = new LinkedHashMap<>();
        boolean any = false;
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            String ref = CellReference.convertNumToColString(c);
            String text = text(sheet, row.getCell(c), problems);
            any |= !text.isBlank();
            var heading = headings.at(c);
            if (heading.isPresent()) {
                cells.put(heading.get(), new WorkbookRow.Cell(ref, text));
            } else if (!text.isBlank()) {
                headings.noHeading(row.getRowNum() + 1, ref, problems);
            }
        }
        return any ? java.util.Optional.of(new WorkbookRow(sheet, row.getRowNum() + 1, cells))
                : java.util.Optional.empty();
    }

    /** A cell's value as text: numbers without float noise, dates as ISO; formulas and errors are refused. */
    private static String text(String sheet, Cell cell, List<ImportProblem> problems) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            problems.add(problem(sheet, cell, "holds a formula; paste values only"));
            return "";
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            case ERROR -> {
                problems.add(problem(sheet, cell, "holds an error value; type the value itself"));
                yield "";
            }
            default -> "";
        };
    }

    private static ImportProblem problem(String sheet, Cell cell, String reason) {
        return new ImportProblem(sheet, cell.getRowIndex() + 1, CellReference.convertNumToColString(
                cell.getColumnIndex()), reason);
    }
}
