package uk.co.goldenthread.framework.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import uk.co.goldenthread.base.export.FormulaText;

/**
 * Reads one worksheet's XML as it streams past (no in-memory workbook): the first row gives the headings, each later
 * non-empty row becomes a {@link WorkbookRow}; formulas, error values and merged cells are reported, not read.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final Table table;
    private final String sheet;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final List<ImportProblem> problems;
    private final List<WorkbookRow> rows = new ArrayList<>();
    private final Map<Integer, String> cells = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private @Nullable Headings headings; // set by the first row
    private int rowNumber;
    private String ref = "";
    private String type = "";
    private int style;
    private boolean formula;
    private boolean collecting;

    private final ImportLimits.Budget budget;

    XlsxSheetHandler(Table table, String sheet, SharedStrings strings, StylesTable styles, List<ImportProblem> problems,
            ImportLimits.Budget budget) {
        this.budget = budget;
        this.table = table;
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.problems = problems;
    }

    List<WorkbookRow> rows() {
        return rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                rowNumber = Integer.parseInt(attributes.getValue("r"));
                cells.clear();
                budget.time();
            }
            case "c" -> {
                budget.cells(1);
                ref = attributes.getValue("r");
                type = attributes.getValue("t") == null ? "n" : attributes.getValue("t");
                style = attributes.getValue("s") == null ? 0 : Integer.parseInt(attributes.getValue("s"));
                formula = false;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "v", "t" -> collecting = true;
            case "mergeCell" -> {
                var merged = CellRangeAddress.valueOf(attributes.getValue("ref"));
                problems.add(new ImportProblem(sheet, merged.getFirstRow() + 1, CellReference.convertNumToColString(
                        merged.getFirstColumn()), "is part of merged cells " + merged.formatAsString()
                        + "; unmerge them so each value has its own cell."));
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
            budget.cellLength(text.length(), sheet + " cell " + ref);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "c" -> cell();
            case "row" -> row();
            default -> {
            }
        }
    }

    private void cell() {
        int column = columnOf(ref);
        String letter = letters(column);
        if (formula) {
            problems.add(new ImportProblem(sheet, rowNumber, letter, "holds a formula; paste values only"));
            return;
        }
        String raw = text.toString();
        String value = switch (type) {
            case "s" -> raw.isEmpty() ? "" : sharedString(Integer.parseInt(raw), letter);
            case "inlineStr", "str" -> FormulaText.restored(raw);
            case "b" -> "1".equals(raw) ? "yes" : "no";
            case "e" -> {
                problems.add(new ImportProblem(sheet, rowNumber, letter, "holds an error value; type the value itself"));
                yield "";
            }
            default -> raw.isEmpty() ? "" : number(Double.parseDouble(raw));
        };
        cells.put(column, value);
    }

    private String sharedString(int index, String letter) {
        String value = strings.getItemAt(index).getString();
        budget.cellLength(value.length(), sheet + " cell " + letter + rowNumber);
        return FormulaText.restored(value);
    }

    /** A number as typed, without floating-point noise; a date-formatted one as an ISO date. */
    private String number(double value) {
        XSSFCellStyle cellStyle = styles.getNumCellStyles() == 0 || style >= styles.getNumCellStyles() ? null
                : styles.getStyleAt(style);
        if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
            return DateUtil.getLocalDateTime(value).toLocalDate().toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private void row() {
        if (headings == null) {
            int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> texts = new ArrayList<>();
            List<String> refs = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                texts.add(cells.getOrDefault(c, ""));
                refs.add(CellReference.convertNumToColString(c));
            }
            headings = new Headings(table, sheet, texts, refs, problems);
            return;
        }
        Map<String, WorkbookRow.Cell> byHeading = new LinkedHashMap<>();
        boolean any = false;
        for (var cell : cells.entrySet()) {
            String letter = letters(cell.getKey());
            any |= !cell.getValue().isBlank();
            var heading = headings.at(cell.getKey());
            if (heading.isPresent()) {
                byHeading.put(heading.get(), new WorkbookRow.Cell(letter, cell.getValue()));
            } else if (!cell.getValue().isBlank()) {
                headings.noHeading(rowNumber, letter, problems);
            }
        }
        if (any) {
            rows.add(new WorkbookRow(sheet, rowNumber, byHeading));
        }
    }

    /** Column letters of the first columns, made once: every cell of a sheet is named by one. */
    private static final String[] LETTERS = java.util.stream.IntStream.range(0, 256)
            .mapToObj(CellReference::convertNumToColString).toArray(String[]::new);

    private static String letters(int column) {
        return column >= 0 && column < LETTERS.length ? LETTERS[column] : CellReference.convertNumToColString(column);
    }

    /**
     * The 0-based column of a cell reference such as "AB12", read as POI's CellReference reads it (which is slower:
     * it matches patterns for each cell); anything but letters then digits is left to POI, so refused as before.
     */
    static int columnOf(String ref) {
        int letters = 0;
        int column = 0;
        while (letters < ref.length() && letters < 3 && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
            column = column * 26 + ref.charAt(letters) - 'A' + 1;
            letters++;
        }
        boolean digits = letters > 0 && letters < ref.length();
        for (int i = letters; i < ref.length() && digits; i++) {
            digits = ref.charAt(i) >= '0' && ref.charAt(i) <= '9';
        }
        return digits && ref.charAt(letters) != '0' ? column - 1 : new CellReference(ref).getCol();
    }

    /** A sheet with no rows at all still has (no) headings. */
    void finish() {
        if (headings == null) {
            headings = new Headings(table, sheet, List.of(), List.of(), problems);
        }
    }
}
