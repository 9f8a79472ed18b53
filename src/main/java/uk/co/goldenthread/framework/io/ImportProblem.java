package uk.co.goldenthread.framework.io;

/**
 * Something in an import file that stops it being applied: where it is (sheet, 1-based row as in Excel, and column:
 * the letter in a workbook, the heading in a CSV file) and why, in plain English. Row 0 means the whole sheet or file.
 */
public record ImportProblem(String sheet, int row, String column, String reason) {

    /** A problem with the whole file, not one sheet. */
    public static ImportProblem ofFile(String reason) {
        return new ImportProblem("", 0, "", reason);
    }

    /** The place and the reason as one sentence, e.g. "Sheet Measures, row 7, column F holds a formula; paste values only". */
    public String message() {
        String place = place();
        if (place.isEmpty()) {
            return reason;
        }
        boolean continuesSentence = !reason.isEmpty() && Character.isLowerCase(reason.charAt(0));
        return place + (continuesSentence ? " " : ": ") + reason;
    }

    private String place() {
        StringBuilder place = new StringBuilder();
        if (!sheet.isEmpty()) {
            place.append("Sheet ").append(sheet);
        }
        if (row > 0) {
            place.append(place.isEmpty() ? "Row " : ", row ").append(row);
        }
        if (!column.isEmpty()) {
            place.append(place.isEmpty() ? "Column " : ", column ").append(column);
        }
        return place.toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
