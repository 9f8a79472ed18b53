package uk.co.goldenthread.base.export;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one way Golden Thread writes XLSX cells: a text cell that looks like a formula gets Excel's "quote prefix"
 * (the cell is shown and kept as text even when someone edits it), so the value itself stays exactly as written.
 * One instance per workbook; it reuses one quote-prefixed copy of each style it meets.
 */
public final class SafeCells {

    private final Workbook workbook;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    public SafeCells(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Writes text into the cell, as text; a formula-like text is quote-prefixed. Empty text leaves the cell blank. */
    public Cell text(Cell cell, String text) {
        if (text.isEmpty()) {
            return cell;
        }
        cell.setCellValue(text);
        if (FormulaText.isFormulaLike(text)) {
            cell.setCellStyle(quotedCopyOf(cell.getCellStyle()));
        }
        return cell;
    }

    /** Writes a number into the cell as a number (numbers stay numbers). */
    public Cell number(Cell cell, BigDecimal value) {
        cell.setCellValue(value.doubleValue());
        return cell;
    }

    private CellStyle quotedCopyOf(CellStyle style) {
        return quoted.computeIfAbsent(style.getIndex(), index -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }
}
