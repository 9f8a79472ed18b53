package uk.co.goldenthread.framework.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.co.goldenthread.framework.io.ImportProblem;

/** The heading row of a sheet, checked against its table's columns: an unknown or repeated heading is refused. */
final class Headings {

    private final Table table;
    private final String sheet;
    private final Map<Integer, String> byIndex = new HashMap<>();

    /** Checks the headings (by position, with each one's column reference) and adds a problem for each bad one. */
    Headings(Table table, String sheet, List<String> texts, List<String> columnRefs, List<ImportProblem> problems) {
        this.table = table;
        this.sheet = sheet;
        for (int i = 0; i < texts.size(); i++) {
            String heading = texts.get(i).strip().toLowerCase(Locale.UK);
            if (heading.isEmpty()) {
                continue;
            }
            if (!table.columns().contains(heading)) {
                problems.add(new ImportProblem(sheet, 1, columnRefs.get(i), "has the heading '" + texts.get(i).strip()
                        + "', which is not a column of " + table.sheetName() + ". Remove that column; the columns are: "
                        + String.join(", ", table.columns()) + "."));
            } else if (byIndex.containsValue(heading)) {
                problems.add(new ImportProblem(sheet, 1, columnRefs.get(i), "repeats the heading '" + heading + "'."));
            } else {
                byIndex.put(i, heading);
            }
        }
    }

    /** The heading of a position, if it has one. */
    Optional<String> at(int index) {
        return Optional.ofNullable(byIndex.get(index));
    }

    /** Adds a problem for a value that stands in a column with no heading. */
    void noHeading(int row, String columnRef, List<ImportProblem> problems) {
        problems.add(new ImportProblem(sheet, row, columnRef, "holds a value but its column has no heading; give it one of "
                + "the columns of " + table.sheetName() + " or remove the value."));
    }

    /** The table a sheet or file names; a problem (and empty) when it names none, empty also for the Instructions. */
    static Optional<Table> tableOf(String name, List<ImportProblem> problems) {
        String stripped = name.strip();
        if (stripped.equalsIgnoreCase(Table.INSTRUCTIONS) || stripped.equalsIgnoreCase("instructions.csv")) {
            return Optional.empty();
        }
        Optional<Table> table = Table.named(stripped);
        if (table.isEmpty()) {
            problems.add(new ImportProblem(stripped, 0, "", "is not a table of the import format. Rename or remove it; "
                    + "the tables are: " + Table.sheetNames() + "."));
        }
        return table;
    }
}
