package uk.co.goldenthread.framework.io;

import java.util.Map;

/**
 * One non-empty row of a sheet: its sheet name, its 1-based row number as in the file (the heading row is 1), and its
 * cells by lower-case heading. Each cell knows its column as a person would name it: the letter in a workbook, the
 * heading in a CSV file.
 */
public record WorkbookRow(String sheet, int number, Map<String, Cell> cells) {

    /** A cell's text (never null) and where it stands. */
    public record Cell(String column, String text) {
    }

    /** The stripped text under a heading; blank when the column is missing or empty. */
    public String text(String heading) {
        Cell cell = cells.get(heading);
        return cell == null ? "" : cell.text().strip();
    }

    /** The column reference of a heading in this row, for messages; the heading itself when the column is missing. */
    public String column(String heading) {
        Cell cell = cells.get(heading);
        return cell == null ? heading : cell.column();
    }
}
